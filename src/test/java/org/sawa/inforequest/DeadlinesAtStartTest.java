package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At start the open requests' deadlines are computed again only when what they depend on
 * changed since they were last computed (the rules, the pause convention, the holidays,
 * the method): a migration correcting a rule still reaches the requests already filed; a
 * start with nothing changed reads none of them (a national database holds 100,000 open
 * requests).
 */
@SawaTest
class DeadlinesAtStartTest {

	/**
	 * The digest of the deadline computation's code (comments and spaces aside) that
	 * {@link InfoDeadlines#METHOD} stands for.
	 */
	private static final String METHOD_1 = "7faf5a79a1b5dde99f2895129f8271b6b47224dd8ddde5efb0a069c1cef6f794";

	@Autowired
	People people;

	@Autowired
	InfoFiling filing;

	@Autowired
	InfoBodies bodies;

	@Autowired
	InfoRequests requests;

	@Autowired
	JdbcClient jdbc;

	private LocalDate due(String reference) {
		return requests.byReference(reference).orElseThrow().dueOn();
	}

	private void setDue(String reference, LocalDate day) {
		jdbc.sql("UPDATE info_request SET due_on = :d WHERE reference = :r")
			.param("d", day)
			.param("r", reference)
			.update();
	}

	@Test
	void a_start_with_nothing_changed_leaves_the_deadlines_a_corrected_rule_moves_them() {
		long requester = people.person("dai.start.requester@example.ma");
		String reference = filing.file(new InfoFiling.Filing(bodies.byCode("MA-KHO").orElseThrow().id(), "Sara",
				"Alaoui", "3 rue Allal Ben Abdellah, Khouribga", "dai.start.requester@example.ma", "JB123987",
				"Marchés publics 2026", "Je demande la liste des marchés publics attribués en 2026.", "fr",
				"electronic", false, ""), requester);
		LocalDate computed = due(reference);
		requests.refreshOpenDeadlines();
		String basis = jdbc.sql("SELECT basis FROM info_deadline_basis").query(String.class).single();
		assertThat(basis).contains("method " + InfoDeadlines.METHOD, "answer=20w");

		// a deadline that does not follow the rules: a start with the same rules does not
		// read it (nor any other open request)
		setDue(reference, computed.plusDays(100));
		requests.refreshOpenDeadlines();
		assertThat(due(reference)).isEqualTo(computed.plusDays(100));

		// a migration lengthens the answer's deadline by a working day (no event: as a
		// migration does): the next start computes every open deadline again
		int answer = jdbc.sql("SELECT days FROM info_rule WHERE rule = 'answer'").query(Integer.class).single();
		try {
			jdbc.sql("UPDATE info_rule SET days = :d WHERE rule = 'answer'").param("d", answer + 1).update();
			requests.refreshOpenDeadlines();
			LocalDate longer = due(reference);
			assertThat(longer).isAfter(computed).isBefore(computed.plusDays(10));
			assertThat(jdbc.sql("SELECT basis FROM info_deadline_basis").query(String.class).single())
				.contains("answer=" + (answer + 1) + "w");
		}
		finally {
			jdbc.sql("UPDATE info_rule SET days = :d WHERE rule = 'answer'").param("d", answer).update();
			requests.refreshOpenDeadlines();
		}
		assertThat(due(reference)).isEqualTo(computed);

		// a holiday added by a migration inside the request's window moves it too
		LocalDate holiday = computed.minusDays(3);
		while (holiday.getDayOfWeek().getValue() > 5 || jdbc.sql("SELECT count(*) FROM holiday WHERE day = :d")
			.param("d", holiday)
			.query(Integer.class)
			.single() > 0) {
			holiday = holiday.minusDays(1);
		}
		try {
			jdbc.sql("""
					INSERT INTO holiday (day, name_ar, name_fr, name_en, name_zgh, kind)
					VALUES (:d, 'عطلة', 'Jour férié ajouté', 'Added holiday', 'ⴰⵙⵓⴼⵖ', 'national')""")
				.param("d", holiday)
				.update();
			requests.refreshOpenDeadlines();
			assertThat(due(reference)).isAfter(computed);
		}
		finally {
			jdbc.sql("DELETE FROM holiday WHERE day = :d AND name_en = 'Added holiday'").param("d", holiday).update();
			requests.refreshOpenDeadlines();
		}
		assertThat(due(reference)).isEqualTo(computed);
	}

	/**
	 * The method's number follows its code: a change to how a deadline is computed
	 * ({@link InfoDeadlines}, the working-day calendar) must raise
	 * {@link InfoDeadlines#METHOD}, or the deadlines already stored would stay computed
	 * the old way until a rule or a holiday changed.
	 */
	@Test
	void the_method_s_number_follows_its_code() throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (String file : new String[] { "src/main/java/org/sawa/inforequest/InfoDeadlines.java",
				"src/main/java/org/sawa/calendar/WorkingDayCalendar.java" }) {
			String code = Files.readString(Path.of(file), StandardCharsets.UTF_8)
				.replaceAll("(?s)/\\*.*?\\*/", "")
				.replaceAll("//[^\n]*", "")
				.replaceAll("\\s+", "");
			sha.update(code.getBytes(StandardCharsets.UTF_8));
		}
		String digest = HexFormat.of().formatHex(sha.digest());
		assertThat(digest)
			.as("InfoDeadlines or WorkingDayCalendar changed: if the change moves any deadline, raise "
					+ "InfoDeadlines.METHOD (the next start computes every open deadline again); then write "
					+ "this digest in METHOD_%d", InfoDeadlines.METHOD)
			.isEqualTo(switch (InfoDeadlines.METHOD) {
				case 1 -> METHOD_1;
				default -> "no digest recorded for method " + InfoDeadlines.METHOD;
			});
	}

}
