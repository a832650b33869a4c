package org.sawa.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.audit.AuditLog;
import org.sawa.refusal.Refusals;
import org.sawa.support.People;
import org.sawa.support.Refusing;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A council's records against the real database: the rules of seats and posts, a whole
 * session entered at once (all errors reported, nothing half-written), representation
 * computed from the records against the quotas, and an advisory memo's path, each step
 * audited.
 */
@SawaTest
class CouncilsTest {

	static final LocalDate START = LocalDate.of(2021, 9, 20);

	@Autowired
	Councils councils;

	@Autowired
	People people;

	@Autowired
	Memberships memberships;

	@Autowired
	CouncilSessions sessions;

	@Autowired
	Memos memos;

	@Autowired
	RepresentationAnalysis analysis;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	@Test
	void seats_and_posts_follow_the_council_s_rules() {
		long staff = people.demo("staff.laayoune");
		long council = councils.establish("MA-LAA-02", 11, "2021-2027", START, LocalDate.of(2027, 9, 30), staff);
		long mandate = councils.mandateAt(council, START).orElseThrow().id();
		assertThat(Refusing
			.reason(() -> councils.establish("MA-LAA-02", 11, "2021-2027", START, LocalDate.of(2027, 9, 30), staff)))
			.isEqualTo("territory:council.error.exists");
		assertThat(Refusing.reason(() -> councils.openMandate(council, "2024-2030", LocalDate.of(2024, 1, 1),
				LocalDate.of(2030, 1, 1), staff)))
			.isEqualTo("startsOn:council.error.mandateOverlap");

		long members = count("council_membership");
		assertThat(Refusing.reason(() -> memberships.elect(mandate,
				new Memberships.NewMember("Brahim Ould Sidi", "male", 1970, "women_reserved", null, START), staff)))
			.isEqualTo("seatType:council.error.reservedSeat");
		assertThat(Refusing.reason(() -> memberships.elect(mandate,
				new Memberships.NewMember("X", "female", 1970, "general", null, START), staff)))
			.isEqualTo("fullName:council.error.name");
		assertThat(Refusing.reason(() -> memberships.elect(mandate,
				new Memberships.NewMember("Salka Mint Ahmed", "female", 2015, "general", null, START), staff)))
			.isEqualTo("birthYear:council.error.birthYear");
		assertThat(count("council_membership")).as("nothing written by a refusal").isEqualTo(members);

		List<Long> seated = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			boolean woman = i < 4;
			seated.add(memberships.elect(mandate,
					new Memberships.NewMember((woman ? "Mina " : "Hamdi ") + "Laayoune" + i, woman ? "female" : "male",
							1960 + i, woman && i < 3 ? "women_reserved" : "general", null, START),
					staff));
		}
		assertThat(Refusing.reason(() -> memberships.elect(mandate,
				new Memberships.NewMember("Twelfth Member", "male", 1980, "general", null, START), staff)))
			.isEqualTo("form:council.error.full");

		memberships.assignPost(seated.get(5), "president", null, null, START, staff);
		assertThat(Refusing.reason(() -> memberships.assignPost(seated.get(6), "president", null, null, START, staff)))
			.isEqualTo("post:council.error.postTaken");
		assertThat(Refusing
			.reason(() -> memberships.assignPost(seated.get(6), "vice_president", null, null, START, staff)))
			.isEqualTo("rank:council.error.rank");
		memberships.assignPost(seated.get(0), "vice_president", null, 1, START, staff);
		memberships.assignPost(seated.get(6), "vice_president", null, 2, START, staff);
		memberships.assignPost(seated.get(7), "vice_president", null, 3, START, staff);
		assertThat(
				Refusing.reason(() -> memberships.assignPost(seated.get(8), "vice_president", null, 3, START, staff)))
			.isEqualTo("post:council.error.postTaken");
		assertThat(Refusing
			.reason(() -> memberships.assignPost(seated.get(1), "committee_chair", null, null, START, staff)))
			.isEqualTo("committee:council.error.committee");

		// the president resigns: her post ends with her seat, and another member can take
		// it
		memberships.leave(seated.get(5), LocalDate.of(2024, 3, 1), staff);
		memberships.assignPost(seated.get(1), "president", null, null, LocalDate.of(2024, 3, 15), staff);
		assertThat(memberships.member(seated.get(5)).orElseThrow().posts())
			.allSatisfy(p -> assertThat(p.endsOn()).isNotNull());

		Representation rep = analysis.of(List.of(councils.byId(council).orElseThrow()), LocalDate.of(2025, 1, 1));
		Representation.ShareLine communes = rep.byLevel().get(0);
		assertThat(communes.key()).isEqualTo("commune");
		assertThat(communes.holders()).as("the member who left no longer counts").isEqualTo(10);
		assertThat(communes.women()).isEqualTo(4);
		assertThat(communes.quota()).as("an 11-seat commune council: 3 seats reserved on the scale")
			.isEqualTo(3 / 11.0);
		assertThat(communes.meetsQuota()).as("4 women hold seats, 3 are reserved").isTrue();
		Representation.ShareLine vps = rep.byPost()
			.stream()
			.filter(l -> l.key().equals("vice_president"))
			.findFirst()
			.orElseThrow();
		assertThat(vps.holders()).isEqualTo(3);
		assertThat(vps.women()).isEqualTo(1);
		assertThat(vps.strive()).as("the law asks the lists to strive for a third").isTrue();
		assertThat(vps.quota()).isEqualTo(0.333);
		assertThat(vps.meetsQuota()).as("no verdict on a rule about candidate lists").isNull();
		assertThat(rep.councils().get(0).presidentSex()).as("a woman presides since March 2024").isEqualTo("female");
		assertThat(audit.forSubject("council:MA-LAA-02")).extracting(e -> e.action())
			.contains("council.established", "council.member.seated", "council.post.assigned", "council.member.left");
	}

	@Test
	void a_session_is_entered_whole_or_not_at_all_and_each_intervention_counts_as_participation() {
		long staff = people.demo("staff.laayoune");
		long council = councils.establish("MA-LAA-03", 11, "2021-2027", START, LocalDate.of(2027, 9, 30), staff);
		long mandate = councils.mandateAt(council, START).orElseThrow().id();
		List<Long> seated = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			seated.add(memberships.elect(mandate, new Memberships.NewMember("Membre " + i + " Boukraa",
					i < 2 ? "female" : "male", 1975, "general", null, START), staff));
		}
		LocalDate day = LocalDate.of(2025, 5, 7);
		Map<Long, String> attendance = new LinkedHashMap<>();
		seated.forEach(id -> attendance.put(id, "present"));
		attendance.put(seated.get(1), "absent");
		List<CouncilSessions.InterventionRow> rows = List.of(
				new CouncilSessions.InterventionRow(0, seated.get(0), 1, "question", "Transport scolaire des filles"),
				new CouncilSessions.InterventionRow(1, seated.get(1), 1, "proposal", "Ligne pour les coopératives"),
				new CouncilSessions.InterventionRow(2, seated.get(2), 9, "question", "Pistes rurales"),
				new CouncilSessions.InterventionRow(3, seated.get(3), null, "speech", ""),
				new CouncilSessions.InterventionRow(4, null, null, null, ""));
		long sessionsBefore = count("council_session");
		long facts = participations(council);
		Refusals refused = null;
		try {
			sessions.record(new CouncilSessions.Entry(mandate, "ordinary", day, "in_person", null,
					List.of("Budget 2026", "Transport scolaire"), attendance, rows), staff);
		}
		catch (Refusals refusals) {
			refused = refusals;
		}
		assertThat(refused).isNotNull();
		assertThat(refused.all()).extracting(r -> r.field() + ":" + r.messageKey())
			.containsExactlyInAnyOrder("iv.1.member:council.error.intervenerAbsent", "iv.2.item:council.error.item",
					"iv.3.kind:validation.option", "iv.3.summary:council.error.summaryEmpty");
		assertThat(count("council_session")).as("nothing half-written").isEqualTo(sessionsBefore);

		attendance.put(seated.get(1), "remote");
		List<CouncilSessions.InterventionRow> fixed = List.of(rows.get(0), rows.get(1),
				new CouncilSessions.InterventionRow(2, seated.get(2), 2, "question", "Pistes rurales"), rows.get(4));
		long id = sessions.record(new CouncilSessions.Entry(mandate, "ordinary", day, "in_person", "Boukraa",
				List.of("Budget 2026", "Transport scolaire"), attendance, fixed), staff);
		Session session = sessions.session(id).orElseThrow();
		assertThat(session.agenda()).extracting(Session.AgendaItem::title)
			.containsExactly("Budget 2026", "Transport scolaire");
		assertThat(sessions.attendance(id)).hasSize(6).containsEntry(seated.get(1), "remote");
		assertThat(sessions.interventions(mandate)).extracting(Intervention::summary)
			.containsExactly("Transport scolaire des filles", "Ligne pour les coopératives", "Pistes rurales");
		assertThat(Refusing.reasons(() -> sessions.record(new CouncilSessions.Entry(mandate, "ordinary", day,
				"in_person", null, List.of("Encore"), attendance, List.of()), staff)))
			.contains("heldOn:council.error.sessionExists");

		Representation.Speaking speaking = analysis.of(List.of(councils.byId(council).orElseThrow()), day).speaking();
		assertThat(speaking.byWomen()).isEqualTo(2);
		assertThat(speaking.byMen()).isEqualTo(1);
		assertThat(speaking.perWoman()).isEqualTo(1.0);
		assertThat(speaking.womenShare()).isEqualTo(2 / 3.0);
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(participations(council) - facts).isEqualTo(3));
	}

	private long participations(long council) {
		long territory = councils.byId(council).orElseThrow().territoryId();
		return jdbc.sql("""
				SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'council.intervention'
				AND territory_id = :t""").param("t", territory).query(Long.class).single();
	}

	@Test
	void a_memo_moves_from_filing_to_examination_and_every_step_is_audited() {
		long staff = people.demo("staff.laayoune");
		long council = councils.establish("MA-LAA-04", 23, "2021-2027", START, LocalDate.of(2027, 9, 30), staff);
		long committee = councils.addCommittee(council, "standing", Map.of("ar", "لجنة الميزانية", "fr",
				"Commission du budget", "en", "Budget committee", "zgh", "ⵜⴰⵎⵓⵍⵉⵜ"), staff);
		long association = accounts.organisations("association").get(0).id();
		assertThat(Refusing.reason(
				() -> memos.submit(council, association, "Ea", "Trop court", "fr", LocalDate.of(2025, 3, 1), staff)))
			.isEqualTo("title:council.error.memoTitle");
		String reference = memos.submit(council, association, "Accès à l'eau des douars",
				"Nous demandons un programme d'adduction d'eau pour les douars sans réseau.", "fr",
				LocalDate.of(2025, 3, 1), staff);
		assertThat(Refusing.reason(() -> memos.examine(reference, "taken_up", "project", "Adduction",
				LocalDate.of(2025, 3, 2), null, staff)))
			.isEqualTo("form:council.error.memoState");
		assertThat(Refusing.reason(() -> memos.receive(reference, LocalDate.of(2025, 2, 1), null, staff)))
			.isEqualTo("onDay:council.error.stepBefore");
		memos.receive(reference, LocalDate.of(2025, 3, 3), "Bureau d'ordre", staff);
		memos.refer(reference, committee, LocalDate.of(2025, 3, 10), null, staff);
		assertThat(Refusing
			.reason(() -> memos.examine(reference, "taken_up", "none", null, LocalDate.of(2025, 4, 1), null, staff)))
			.isEqualTo("changeKind:council.error.changeKind");
		assertThat(Refusing
			.reason(() -> memos.examine(reference, "taken_up", "project", "", LocalDate.of(2025, 4, 1), null, staff)))
			.isEqualTo("changeText:council.error.changeText");
		memos.examine(reference, "partly", "budget_line", "Ligne de 200 000 dirhams au budget 2026",
				LocalDate.of(2025, 4, 1), "Session d'avril", staff);
		Memo memo = memos.byReference(reference).orElseThrow();
		assertThat(memo.state()).isEqualTo(MemoState.EXAMINED);
		assertThat(memo.committeeId()).isEqualTo(committee);
		assertThat(memo.steps()).extracting(Memo.Step::state)
			.containsExactly(MemoState.SUBMITTED, MemoState.RECEIVED, MemoState.REFERRED, MemoState.EXAMINED);
		assertThat(audit.forSubject("memo:" + reference)).extracting(e -> e.action())
			.containsExactly("council.memo.submitted", "council.memo.received", "council.memo.referred",
					"council.memo.examined");
		assertThat(Refusing.reason(() -> memos.receive(reference, LocalDate.of(2025, 4, 2), null, staff)))
			.isEqualTo("form:council.error.memoState");
	}

}
