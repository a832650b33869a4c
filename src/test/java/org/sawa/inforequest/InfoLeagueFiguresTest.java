package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The league table of bodies reads figures kept per body and year as each request changes
 * (inforequest V11), not every request: they must say exactly what counting every request
 * says (the query the page ran before, kept here as the reference), for every body, every
 * year and the refusals by ground, whatever happens to the requests.
 */
@SawaTest
class InfoLeagueFiguresTest {

	@Autowired
	InfoStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	InfoBodies bodies;

	@Autowired
	Territories territories;

	/** Every request counted again, as the league table did before V11. */
	private List<InfoStatistics.BodyFigures> counted(Integer year) {
		return jdbc
			.sql("""
					SELECT body_id, count(*) AS received, count(answered_on) AS answered,
					  count(*) FILTER (WHERE answered_on IS NOT NULL AND answered_on <= answer_due_on) AS in_time,
					  percentile_cont(0.5) WITHIN GROUP (ORDER BY answered_on - received_on)
					    FILTER (WHERE answered_on IS NOT NULL) AS median_days,
					  count(*) FILTER (WHERE status IN ('received', 'clarification', 'extended') AND due_on < :today) AS overdue,
					  count(*) FILTER (WHERE status = 'refused' OR cardinality(refusal_grounds) > 0) AS refused
					FROM info_request
					WHERE status NOT IN ('withdrawn', 'transferred')
					  AND (CAST(:year AS INT) IS NULL OR extract(YEAR FROM received_on) = :year)
					GROUP BY body_id
					ORDER BY count(*) FILTER (WHERE answered_on IS NOT NULL AND answered_on <= answer_due_on)::float
					  / greatest(count(answered_on), 1) DESC, overdue, received DESC, body_id""")
			.param("today", LocalDate.now(clock))
			.param("year", year)
			.query((rs, n) -> new InfoStatistics.BodyFigures(rs.getLong("body_id"), rs.getLong("received"),
					rs.getLong("answered"), rs.getLong("in_time"), (Double) rs.getObject("median_days"),
					rs.getLong("overdue"), rs.getLong("refused")))
			.list();
	}

	private Map<String, Long> groundsCounted() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT g AS ground, count(*) AS n FROM info_request, unnest(refusal_grounds) AS g
				GROUP BY g ORDER BY n DESC, g""")
			.query((rs, n) -> counts.put(rs.getString("ground"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Every page of the league table of some bodies (null for every body), in order. */
	private List<InfoStatistics.BodyFigures> league(List<Long> of) {
		List<InfoStatistics.BodyFigures> rows = new ArrayList<>();
		InfoStatistics.League page = statistics.leagueTable(of, 1);
		rows.addAll(page.rows());
		while (page.page() < page.pages()) {
			page = statistics.leagueTable(of, page.page() + 1);
			rows.addAll(page.rows());
		}
		assertThat(page.bodies()).isEqualTo(rows.size());
		// a page past the last is the last
		InfoStatistics.League past = statistics.leagueTable(of, page.pages() + 5);
		assertThat(past.page()).isEqualTo(page.pages());
		assertThat(past.rows()).isEqualTo(page.rows());
		return rows;
	}

	private void agree() {
		assertThat(league(null)).as("every year").containsExactlyElementsOf(counted(null));
		// narrowed to the bodies of Béni Mellal-Khénifra
		List<Long> region = bodies.within(territories.subtree(territories.byCode("MA-05").orElseThrow().id()));
		assertThat(region).isNotEmpty();
		assertThat(league(region)).as("within a region")
			.containsExactlyElementsOf(counted(null).stream().filter(f -> region.contains(f.bodyId())).toList());
		for (int year : jdbc.sql("SELECT DISTINCT extract(YEAR FROM received_on)::int FROM info_request")
			.query(Integer.class)
			.list()) {
			assertThat(statistics.receivedIn(year)).as("received in %d", year).containsExactlyElementsOf(counted(year));
		}
		assertThat(statistics.refusalsByGround(null)).containsExactlyEntriesOf(groundsCounted());
	}

	/**
	 * A request to Fquih Ben Salah's body, received that day, answered after so many
	 * days.
	 */
	private void request(String reference, String received, Integer answeredAfter) {
		jdbc.sql("""
				INSERT INTO info_request (reference, body_id, channel, first_name, last_name, postal_address,
				  national_id_hmac, subject, description, language, format, status, received_on, due_on, answered_on,
				  answer_due_on, created_at)
				SELECT :reference, b.id, 'paper', 'Test', 'Requester', 'Douar', md5(:reference), 'Registre des puits',
				  'Je demande le registre.', 'fr', 'electronic',
				  CASE WHEN CAST(:after AS INT) IS NULL THEN 'received' ELSE 'answered' END,
				  CAST(:received AS DATE), CAST(:received AS DATE) + 20,
				  CAST(:received AS DATE) + CAST(:after AS INT), CAST(:received AS DATE) + 20, now()
				FROM info_body b WHERE b.code = 'MA-FQH'""")
			.param("reference", reference)
			.param("received", received)
			.param("after", answeredAfter)
			.update();
	}

	private void change(String reference, String set) {
		jdbc.sql("UPDATE info_request SET " + set + " WHERE reference = :r").param("r", reference).update();
	}

	@AfterEach
	void removeThem() {
		jdbc.sql("DELETE FROM info_request WHERE reference LIKE 'DAI-LEAGUE-%'").update();
	}

	@Test
	void the_kept_figures_say_what_counting_every_request_says_whatever_happens_to_the_requests() {
		agree();

		// answers after 2, 5, 9 and 30 days (the median between two: 7), one still open
		// and overdue, in two years
		request("DAI-LEAGUE-1", "2024-12-20", 2);
		request("DAI-LEAGUE-2", "2025-01-10", 5);
		request("DAI-LEAGUE-3", "2025-02-10", 9);
		request("DAI-LEAGUE-4", "2025-03-10", 30);
		request("DAI-LEAGUE-5", "2025-04-10", null);
		agree();

		// open requests not due yet (due in 15 and 20 days), one paused without a due
		// date: they fall overdue as the days pass, with nothing written (V13)
		LocalDate today = LocalDate.now(clock);
		request("DAI-LEAGUE-6", today.minusDays(5).toString(), null);
		request("DAI-LEAGUE-7", today.minusDays(15).toString(), null);
		change("DAI-LEAGUE-7", "status = 'clarification', due_on = NULL");
		request("DAI-LEAGUE-8", today.toString(), null);
		agree();
		long fquih = jdbc.sql("SELECT id FROM info_body WHERE code = 'MA-FQH'").query(Long.class).single();
		long overdueBefore = statistics.of(fquih).overdueNow();
		try {
			MovableClock.INSTANCE.advance(Duration.ofDays(16));
			assertThat(statistics.of(fquih).overdueNow()).as("the request due in 15 days, 16 days later")
				.isEqualTo(overdueBefore + 1);
			agree();
			// the clock no longer stops while the requester clarifies (the convention
			// switched off): the paused request gets a due date already past, its
			// status unchanged; then it is received again, and the other is extended
			change("DAI-LEAGUE-7", "due_on = received_on + 25");
			assertThat(statistics.of(fquih).overdueNow()).isEqualTo(overdueBefore + 2);
			agree();
			change("DAI-LEAGUE-7", "status = 'received'");
			change("DAI-LEAGUE-8", "status = 'extended', due_on = due_on + 20");
			assertThat(statistics.of(fquih).overdueNow()).isEqualTo(overdueBefore + 2);
			agree();
			// a due date moved forward and back (as deadlines computed again at a start)
			change("DAI-LEAGUE-6", "due_on = due_on + 30");
			agree();
			change("DAI-LEAGUE-6", "due_on = due_on - 30");
			agree();
		}
		finally {
			MovableClock.INSTANCE.reset();
		}

		// refused on two grounds, the same ground twice on another; withdrawn;
		// transferred;
		// answered later; received in another year
		change("DAI-LEAGUE-2", "status = 'refused', refusal_grounds = ARRAY['personal_data', 'security']");
		change("DAI-LEAGUE-3", "refusal_grounds = ARRAY['security', 'security']");
		change("DAI-LEAGUE-4", "status = 'withdrawn'");
		change("DAI-LEAGUE-1", "status = 'transferred'");
		change("DAI-LEAGUE-5", "status = 'answered', answered_on = received_on + 12");
		change("DAI-LEAGUE-3", "received_on = DATE '2026-01-05', answered_on = DATE '2026-01-07'");
		agree();
		// what does not count is not written: a publication changes nothing kept
		long kept = jdbc.sql("SELECT sum(received) FROM info_body_figures").query(Long.class).single();
		change("DAI-LEAGUE-5", "published_at = now(), public_description = 'Le registre.'");
		assertThat(jdbc.sql("SELECT sum(received) FROM info_body_figures").query(Long.class).single()).isEqualTo(kept);

		// withdrawn back to open, then everything deleted
		change("DAI-LEAGUE-4", "status = 'received', answered_on = NULL");
		agree();
		removeThem();
		agree();
	}

}
