package org.sawa.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How bodies answer reports in a territory: received, acknowledged and answered within
 * their targets, the median working-free days to answer (calendar days from the day the
 * body received it), closed, resolved, rated and satisfied, late today; grouped by body,
 * category, commune, channel or month. Counts of reports, each of which has its public
 * page: no person is in them (who reports is the inclusion lens's, protected).
 */
@Service
public class FeedbackStatistics {

	/** How figures are grouped. */
	public enum By {

		BODY("body"), CATEGORY("category"), COMMUNE("commune"), CHANNEL("channel"), MONTH("month");

		private final String column;

		By(String column) {
			this.column = column;
		}

	}

	/**
	 * One group's figures; the shares are null when nothing was there to count. A report
	 * still not acknowledged (or answered) after its target counts as not in time: a body
	 * that does not answer does not escape its figures.
	 */
	public record Figures(String key, long received, long acknowledged, long acknowledgedInTime, long answered,
			long answeredInTime, Double medianDays, long closed, long resolved, long rated, long satisfied,
			long lateNow, long reopened, long acknowledgeOverdue, long answerOverdue) {

		public Double acknowledgedInTimeShare() {
			return share(acknowledgedInTime, acknowledged + acknowledgeOverdue);
		}

		public Double answeredInTimeShare() {
			return share(answeredInTime, answered + answerOverdue);
		}

		/** Of the reports closed (duplicates left out), those resolved. */
		public Double resolutionShare() {
			return share(resolved, closed);
		}

		/** Of the answers rated, those that satisfied. */
		public Double satisfactionShare() {
			return share(satisfied, rated);
		}

		private static Double share(long part, long whole) {
			return whole == 0 ? null : (double) part / whole;
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Figures read in the last {@code sawa.feedback.statistics-cache} (a minute by
	 * default) are served again: a region's page reads every report of 18 months, and
	 * many read it at once; each node keeps its own, so figures are at most that old.
	 */
	private final java.time.Duration cacheFor;

	private final Map<List<Object>, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

	FeedbackStatistics(JdbcClient jdbc, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${sawa.feedback.statistics-cache:PT1M}") java.time.Duration cacheFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cacheFor = cacheFor;
	}

	/** All the figures of a territory and period: the total and each grouping. */
	public record Summary(Figures total, Map<By, List<Figures>> groups) {

		public List<Figures> by(By by) {
			return groups.getOrDefault(by, List.of());
		}
	}

	/**
	 * The figures of the reports received in the territories between two days
	 * (inclusive): the total and every grouping, in one pass over the reports (grouping
	 * sets); months in time order, the other groups most received first. Reports still
	 * waiting in triage count under no body.
	 */
	public Summary of(Collection<Long> territoryIds, LocalDate from, LocalDate to) {
		if (cacheFor.isZero()) {
			return read(territoryIds, from, to);
		}
		List<Object> key = List.of(List.copyOf(territoryIds), from, to, LocalDate.now(clock));
		java.time.Instant now = clock.instant();
		Cached cached = cache.get(key);
		if (cached != null && cached.until().isAfter(now)) {
			return cached.summary();
		}
		Summary summary = read(territoryIds, from, to);
		if (cache.size() > 500) {
			cache.clear();
		}
		cache.put(key, new Cached(summary, now.plus(cacheFor)));
		return summary;
	}

	private record Cached(Summary summary, java.time.Instant until) {
	}

	private Summary read(Collection<Long> territoryIds, LocalDate from, LocalDate to) {
		Map<By, List<Figures>> groups = new java.util.EnumMap<>(By.class);
		Figures[] total = { null };
		jdbc.sql("SELECT GROUPING(body_id) AS g_body, GROUPING(category_id) AS g_category, "
				+ "GROUPING(territory_id) AS g_commune, GROUPING(channel) AS g_channel, "
				+ "GROUPING(to_char(received_on, 'YYYY-MM')) AS g_month, body_id::text AS body, "
				+ "category_id::text AS category, territory_id::text AS commune, channel, "
				+ "to_char(received_on, 'YYYY-MM') AS month, " + FIGURES + """
						FROM feedback_report
						WHERE territory_id IN (:territories) AND received_on BETWEEN :from AND :to
						GROUP BY GROUPING SETS ((body_id), (category_id), (territory_id), (channel),
						  (to_char(received_on, 'YYYY-MM')), ())""")
			.param("territories", territoryIds.isEmpty() ? List.of(-1L) : territoryIds)
			.param("from", from)
			.param("to", to)
			.param("today", LocalDate.now(clock))
			.query(rs -> {
				By by = rs.getInt("g_body") == 0 ? By.BODY
						: rs.getInt("g_category") == 0 ? By.CATEGORY
								: rs.getInt("g_commune") == 0 ? By.COMMUNE : rs.getInt("g_channel") == 0 ? By.CHANNEL
										: rs.getInt("g_month") == 0 ? By.MONTH : null;
				if (by == null) {
					total[0] = figures("all", rs);
					return;
				}
				String key = rs.getString(by.column);
				if (key != null) {
					groups.computeIfAbsent(by, b -> new java.util.ArrayList<>()).add(figures(key, rs));
				}
			});
		groups.forEach((by, list) -> list.sort(by == By.MONTH ? java.util.Comparator.comparing(Figures::key)
				: java.util.Comparator.comparingLong(Figures::received).reversed().thenComparing(Figures::key)));
		Figures none = new Figures("all", 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0);
		return new Summary(total[0] == null ? none : total[0], groups);
	}

	/** The reports waiting for a body in the territories (the triage queue's length). */
	public long inTriage(Collection<Long> territoryIds) {
		return jdbc.sql("SELECT count(*) FROM feedback_report WHERE body_id IS NULL AND territory_id IN (:t)")
			.param("t", territoryIds.isEmpty() ? List.of(-1L) : territoryIds)
			.query(Long.class)
			.single();
	}

	private static final String FIGURES = """
			count(*) AS received,
			count(acknowledged_on) AS acknowledged,
			count(*) FILTER (WHERE acknowledged_on <= acknowledge_due_on) AS ack_in_time,
			count(answered_on) AS answered,
			count(*) FILTER (WHERE answered_on <= answer_due_on) AS answered_in_time,
			percentile_cont(0.5) WITHIN GROUP (ORDER BY answered_on - routed_on)
			  FILTER (WHERE answered_on IS NOT NULL) AS median_days,
			count(*) FILTER (WHERE status = 'closed' AND outcome <> 'duplicate') AS closed,
			count(*) FILTER (WHERE status = 'closed' AND outcome = 'resolved') AS resolved,
			count(satisfied) AS rated,
			count(*) FILTER (WHERE satisfied) AS satisfied,
			count(*) FILTER (WHERE """ + Reports.LATE + """
			) AS late_now,
			count(reopened_on) AS reopened,
			count(*) FILTER (WHERE acknowledged_on IS NULL AND acknowledge_due_on < :today) AS ack_overdue,
			count(*) FILTER (WHERE answered_on IS NULL AND answer_due_on < :today) AS answer_overdue
			""";

	private static Figures figures(String key, java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Figures(key, rs.getLong("received"), rs.getLong("acknowledged"), rs.getLong("ack_in_time"),
				rs.getLong("answered"), rs.getLong("answered_in_time"), (Double) rs.getObject("median_days"),
				rs.getLong("closed"), rs.getLong("resolved"), rs.getLong("rated"), rs.getLong("satisfied"),
				rs.getLong("late_now"), rs.getLong("reopened"), rs.getLong("ack_overdue"),
				rs.getLong("answer_overdue"));
	}

}
