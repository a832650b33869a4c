package org.sawa.commitment;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OGP IRM scales for what a commitment changed, as data: "Did it open government?"
 * for plans before the 2021 refresh, "early results" for plans from 2021; a commitment is
 * assessed on the scale of its plan's first year.
 */
@Service
@Transactional(readOnly = true)
public class ResultsScales {

	/**
	 * A scale, the plan years it covers (open ends null) and its levels, lowest first.
	 */
	public record Scale(String code, Integer firstPlanYear, Integer lastPlanYear, List<String> levels, String source,
			boolean toConfirm) {

		boolean covers(int year) {
			return (firstPlanYear == null || year >= firstPlanYear) && (lastPlanYear == null || year <= lastPlanYear);
		}
	}

	private final JdbcClient jdbc;

	ResultsScales(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Scale> all() {
		return jdbc.sql("SELECT * FROM ogp_results_scale ORDER BY coalesce(first_plan_year, 0)")
			.query((rs, n) -> new Scale(rs.getString("scale"), (Integer) rs.getObject("first_plan_year"),
					(Integer) rs.getObject("last_plan_year"), List.of((String[]) rs.getArray("levels").getArray()),
					rs.getString("source"), rs.getBoolean("to_confirm")))
			.list();
	}

	/** The scale a plan's commitments are assessed on. */
	public Scale forPlan(ActionPlan plan) {
		int year = plan.startsOn().getYear();
		return all().stream()
			.filter(s -> s.covers(year))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no OGP results scale covers plans of " + year));
	}

}
