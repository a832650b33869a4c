package org.sawa.inforequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How each body answers: requests received, answered, answered within the legal deadline,
 * the median days to answer, overdue now, refusals by ground. Counts of requests, not of
 * people: the requester's identity is never part of them.
 */
@Service
public class InfoStatistics {

	private final Clock clock;

	/** One body's figures; {@code medianDays} null when nothing was answered. */
	public record BodyFigures(long bodyId, long received, long answered, long answeredInTime, Double medianDays,
			long overdueNow, long refused) {

		/** The share answered within the deadline, of those answered; null when none. */
		public Double inTimeShare() {
			return answered == 0 ? null : (double) answeredInTime / answered;
		}
	}

	private final JdbcClient jdbc;

	InfoStatistics(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Bodies to a page of the league table. */
	public static final int LEAGUE_PAGE = 50;

	/**
	 * A page of the league table: its bodies' figures, how many bodies it ranks, the
	 * page's number (from 1, within the pages there are) and how many pages there are.
	 */
	public record League(List<BodyFigures> rows, long bodies, int page, int pages) {
	}

	/**
	 * The bodies that received a request (of {@code bodies}; null for every body), best
	 * first: the share answered in time, then fewest overdue; {@link #LEAGUE_PAGE} to a
	 * page, a page that does not exist showing the nearest one.
	 */
	public League leagueTable(List<Long> bodies, int page) {
		int asked = Math.max(1, page);
		Ranked ranked = figures(bodies, null, LEAGUE_PAGE, (asked - 1) * LEAGUE_PAGE);
		if (ranked.rows().isEmpty() && asked > 1) {
			// past the last page (which says nothing of how many are ranked): the last
			// one
			return leagueTable(bodies, pages(figures(bodies, null, 1, 0).bodies()));
		}
		return new League(ranked.rows(), ranked.bodies(), asked, pages(ranked.bodies()));
	}

	private static int pages(long bodies) {
		return (int) Math.max(1, (bodies + LEAGUE_PAGE - 1) / LEAGUE_PAGE);
	}

	/**
	 * Each body's figures for the requests it received in one calendar year (answers and
	 * overdue ones as they stand today), in the league table's order.
	 */
	public List<BodyFigures> receivedIn(int year) {
		return figures(null, year, Integer.MAX_VALUE, 0).rows();
	}

	public BodyFigures of(long bodyId) {
		List<BodyFigures> found = figures(List.of(bodyId), null, 1, 0).rows();
		return found.isEmpty() ? new BodyFigures(bodyId, 0, 0, 0, null, 0, 0) : found.get(0);
	}

	/** Some of the ranked bodies' figures, and how many bodies are ranked. */
	private record Ranked(List<BodyFigures> rows, long bodies) {
	}

	/**
	 * The figures kept per body and year as requests change (inforequest V11: no read of
	 * every request), what is overdue today from the open requests kept less those not
	 * due yet (V13: the open requests' index read from today on only), ranked; the
	 * median, from the days each answer took, for the bodies shown only.
	 */
	private Ranked figures(List<Long> bodies, Integer year, int limit, int offset) {
		LocalDate today = LocalDate.now(clock);
		long[] ranked = { 0 };
		List<BodyFigures> rows = InfoBodies.narrowedTo(jdbc.sql("""
				WITH kept AS (
				  SELECT body_id, sum(received) AS received, sum(answered) AS answered, sum(in_time) AS in_time,
				    sum(refused) AS refused, sum(open_due) AS open_due
				  FROM info_body_figures
				  WHERE (NOT :narrowed OR body_id = ANY(:bodies)) AND (CAST(:year AS INT) IS NULL OR year = :year)
				  GROUP BY body_id HAVING sum(received) > 0),
				not_due AS (
				  SELECT body_id, count(*) AS n FROM info_request
				  WHERE status IN ('received', 'clarification', 'extended') AND due_on >= :today
				    AND (NOT :narrowed OR body_id = ANY(:bodies))
				    AND (CAST(:year AS INT) IS NULL OR extract(YEAR FROM received_on) = :year)
				  GROUP BY body_id),
				late AS (
				  SELECT k.*, k.open_due - coalesce(d.n, 0) AS overdue FROM kept k LEFT JOIN not_due d USING (body_id)),
				shown AS (
				  SELECT l.*, count(*) OVER () AS ranked,
				    row_number() OVER (ORDER BY l.in_time::float / greatest(l.answered, 1) DESC, l.overdue,
				      l.received DESC, l.body_id) AS place
				  FROM late l
				  ORDER BY place LIMIT :limit OFFSET :offset),
				took AS (
				  SELECT body_id, days, sum(n) AS n FROM info_body_answer_days
				  WHERE body_id = ANY(ARRAY(SELECT body_id FROM shown)) AND (CAST(:year AS INT) IS NULL OR year = :year)
				  GROUP BY body_id, days HAVING sum(n) > 0),
				placed AS (
				  SELECT body_id, days, sum(n) OVER (PARTITION BY body_id ORDER BY days) AS upto,
				    sum(n) OVER (PARTITION BY body_id) AS total
				  FROM took),
				medians AS (
				  -- as percentile_cont(0.5): the middle answer, or the mean of the two middle ones
				  SELECT body_id, CAST((min(days) FILTER (WHERE upto > floor((total - 1) / 2.0))
				    + min(days) FILTER (WHERE upto > ceil((total - 1) / 2.0))) / 2.0 AS FLOAT8) AS median_days
				  FROM placed GROUP BY body_id)
				SELECT s.*, m.median_days FROM shown s LEFT JOIN medians m USING (body_id) ORDER BY s.place"""), bodies)
			.param("today", today)
			.param("year", year)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				ranked[0] = rs.getLong("ranked");
				return new BodyFigures(rs.getLong("body_id"), rs.getLong("received"), rs.getLong("answered"),
						rs.getLong("in_time"), (Double) rs.getObject("median_days"), rs.getLong("overdue"),
						rs.getLong("refused"));
			})
			.list();
		return new Ranked(rows, ranked[0]);
	}

	/** Refusals of some bodies (null for every body) by ground, most used first. */
	public Map<String, Long> refusalsByGround(List<Long> bodies) {
		Map<String, Long> counts = new LinkedHashMap<>();
		InfoBodies.narrowedTo(jdbc.sql("""
				SELECT ground, sum(n) AS n FROM info_body_refusal_grounds
				WHERE NOT :narrowed OR body_id = ANY(:bodies)
				GROUP BY ground HAVING sum(n) > 0 ORDER BY n DESC, ground"""), bodies)
			.query((rs, n) -> counts.put(rs.getString("ground"), rs.getLong("n")))
			.list();
		return counts;
	}

}
