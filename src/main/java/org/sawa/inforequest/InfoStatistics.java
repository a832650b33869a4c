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

	/**
	 * Every body that received a request, best first: the share answered in time, then
	 * fewest overdue.
	 */
	public List<BodyFigures> leagueTable() {
		return figures(null, null);
	}

	/**
	 * Each body's figures for the requests it received in one calendar year (answers and
	 * overdue ones as they stand today), in the league table's order.
	 */
	public List<BodyFigures> receivedIn(int year) {
		return figures(null, year);
	}

	public BodyFigures of(long bodyId) {
		List<BodyFigures> found = figures(bodyId, null);
		return found.isEmpty() ? new BodyFigures(bodyId, 0, 0, 0, null, 0, 0) : found.get(0);
	}

	private List<BodyFigures> figures(Long bodyId, Integer year) {
		LocalDate today = LocalDate.now(clock);
		return jdbc
			.sql("""
					SELECT body_id,
					  count(*) AS received,
					  count(answered_on) AS answered,
					  count(*) FILTER (WHERE answered_on IS NOT NULL AND answered_on <= answer_due_on) AS in_time,
					  percentile_cont(0.5) WITHIN GROUP (ORDER BY answered_on - received_on)
					    FILTER (WHERE answered_on IS NOT NULL) AS median_days,
					  count(*) FILTER (WHERE status IN ('received', 'clarification', 'extended') AND due_on < :today) AS overdue,
					  count(*) FILTER (WHERE status = 'refused' OR cardinality(refusal_grounds) > 0) AS refused
					FROM info_request
					WHERE status NOT IN ('withdrawn', 'transferred') AND (CAST(:body AS BIGINT) IS NULL OR body_id = :body)
					  AND (CAST(:year AS INT) IS NULL OR extract(YEAR FROM received_on) = :year)
					GROUP BY body_id
					ORDER BY count(*) FILTER (WHERE answered_on IS NOT NULL AND answered_on <= answer_due_on)::float
					  / greatest(count(answered_on), 1) DESC, overdue, received DESC, body_id""")
			.param("today", today)
			.param("body", bodyId)
			.param("year", year)
			.query((rs, n) -> new BodyFigures(rs.getLong("body_id"), rs.getLong("received"), rs.getLong("answered"),
					rs.getLong("in_time"), (Double) rs.getObject("median_days"), rs.getLong("overdue"),
					rs.getLong("refused")))
			.list();
	}

	/** Refusals of a body (or of all bodies) by ground, most used first. */
	public Map<String, Long> refusalsByGround(Long bodyId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT g AS ground, count(*) AS n FROM info_request, unnest(refusal_grounds) AS g
				WHERE CAST(:body AS BIGINT) IS NULL OR body_id = :body
				GROUP BY g ORDER BY n DESC, g""")
			.param("body", bodyId)
			.query((rs, n) -> counts.put(rs.getString("ground"), rs.getLong("n")))
			.list();
		return counts;
	}

}
