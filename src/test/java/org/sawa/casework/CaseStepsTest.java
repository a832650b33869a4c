package org.sawa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.audit.AuditLog;
import org.sawa.commitment.MilestoneStatus;
import org.sawa.council.MemoState;
import org.sawa.council.Memos;
import org.sawa.inforequest.InfoStatus;
import org.sawa.petition.PetitionStatus;
import org.sawa.refusal.Refused;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@SawaTest
@RecordApplicationEvents
class CaseStepsTest {

	static final List<CaseKind<?>> KINDS = List.of(PetitionStatus.CASE, InfoStatus.CASE, MemoState.CASE,
			MilestoneStatus.CASE);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseSteps steps;

	@Autowired
	Memos memos;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	MovableClock clock = MovableClock.INSTANCE;

	@Autowired
	ApplicationEvents events;

	/**
	 * The values a column's CHECK constraint allows, read from PostgreSQL's catalogue.
	 */
	private Set<String> allowed(String table, String column) {
		List<String> definitions = jdbc.sql("""
				SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
				JOIN pg_class t ON t.oid = c.conrelid
				JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (c.conkey)
				WHERE c.contype = 'c' AND t.relname = :t AND a.attname = :c AND array_length(c.conkey, 1) = 1""")
			.param("t", table)
			.param("c", column)
			.query(String.class)
			.list();
		assertThat(definitions).as("one CHECK list on %s.%s", table, column).hasSize(1);
		Set<String> values = new TreeSet<>();
		Matcher m = Pattern.compile("'([a-z_]+)'::text").matcher(definitions.get(0));
		while (m.find()) {
			values.add(m.group(1));
		}
		return values;
	}

	private static Set<String> codes(Class<? extends CaseStatus> type) {
		return Arrays.stream(type.getEnumConstants())
			.map(CaseStatus::code)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void every_status_and_step_kind_enum_is_exactly_its_column_s_check_list() {
		for (CaseKind<?> kind : KINDS) {
			assertThat(codes(kind.statuses())).as(kind.name() + " statuses")
				.isEqualTo(allowed(kind.caseTable(), kind.statusColumn()));
			assertThat(codes(kind.stepKinds())).as(kind.name() + " step kinds")
				.isEqualTo(allowed(kind.stepTable(), kind.kindColumn()));
		}
	}

	private String memo(LocalDate submitted, long staff) {
		long council = jdbc.sql("SELECT min(id) FROM council").query(Long.class).single();
		long body = jdbc.sql("SELECT id FROM council_body WHERE council_id = :c AND kind = 'equity_gender'")
			.param("c", council)
			.query(Long.class)
			.single();
		return memos.submit(council, Memos.Author.body(body), "memo", "Accès des femmes aux marchés hebdomadaires",
				"L'instance demande des navettes vers les souks pour les femmes des douars.", "fr", submitted, staff);
	}

	@Test
	void a_step_is_refused_before_the_last_one_in_the_future_or_from_another_status_and_writes_nothing() {
		long staff = accounts.idByEmail("staff@sawa.demo").orElseThrow();
		LocalDate today = MovableClock.today();
		String reference = memo(today.minusDays(10), staff);
		long id = memos.byReference(reference).orElseThrow().id();
		long auditBefore = audit.count();
		for (LocalDate day : new LocalDate[] { today.minusDays(11), today.plusDays(1), null }) {
			assertThatThrownBy(() -> transactions.executeWithoutResult(t -> steps.take(MemoState.CASE,
					Step.of(id, MemoState.SUBMITTED, MemoState.RECEIVED).from(MemoState.SUBMITTED).by(staff).on(day))))
				.isInstanceOf(Refused.class)
				.extracting(e -> ((Refused) e).field())
				.isEqualTo("onDay");
		}
		assertThatThrownBy(() -> transactions.executeWithoutResult(t -> steps.take(MemoState.CASE,
				Step.of(id, MemoState.SUBMITTED, MemoState.EXAMINED).from(MemoState.REFERRED).by(staff).on(today))))
			.extracting(e -> ((Refused) e).messageKey())
			.isEqualTo("council.error.memoState");
		assertThatThrownBy(() -> transactions.executeWithoutResult(t -> steps.take(MemoState.CASE,
				Step.of(id, MemoState.SUBMITTED, MemoState.RECEIVED)
					.by(staff, false, "council.error.notStaff")
					.on(today))))
			.extracting(e -> ((Refused) e).messageKey())
			.isEqualTo("council.error.notStaff");
		assertThat(memos.byReference(reference).orElseThrow().steps()).hasSize(1);
		assertThat(audit.count()).isEqualTo(auditBefore);
	}

	@Test
	void a_recorded_step_moves_the_status_dates_the_row_audits_and_announces_it() {
		long staff = accounts.idByEmail("staff@sawa.demo").orElseThrow();
		LocalDate today = MovableClock.today();
		String reference = memo(today.minusDays(3), staff);
		long id = memos.byReference(reference).orElseThrow().id();
		java.time.Instant before = clock.instant();
		long stepId = transactions.execute(t -> steps.take(MemoState.CASE,
				Step.of(id, MemoState.SUBMITTED, MemoState.RECEIVED)
					.from(MemoState.SUBMITTED)
					.by(staff)
					.on(today.minusDays(1))
					.note("Bureau d'ordre, n° 412")
					.audited("council.memo.received", "memo:" + reference, "")));
		assertThat(memos.byReference(reference).orElseThrow().state()).isEqualTo(MemoState.RECEIVED);
		Map<String, Object> row = jdbc
			.sql("SELECT state, on_day, note, by_person, at FROM council_memo_step WHERE id = :id")
			.param("id", stepId)
			.query()
			.singleRow();
		assertThat(row).containsEntry("state", "received")
			.containsEntry("on_day", java.sql.Date.valueOf(today.minusDays(1)))
			.containsEntry("by_person", staff);
		assertThat(((java.sql.Timestamp) row.get("at")).toInstant()).as("stamped by the application's clock")
			.isBetween(before.minusMillis(1), clock.instant());
		assertThat(audit.forSubject("memo:" + reference)).extracting(e -> e.action())
			.containsExactly("council.memo.submitted", "council.memo.received");
		assertThat(events.stream(StepTaken.class).filter(e -> e.caseId() == id))
			.extracting(StepTaken::kind, StepTaken::onDay, StepTaken::note)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("submitted", today.minusDays(3), ""),
					org.assertj.core.groups.Tuple.tuple("received", today.minusDays(1), "Bureau d'ordre, n° 412"));
	}

}
