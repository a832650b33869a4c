package org.sawa.indicator.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.Indicators;
import org.sawa.territory.Territories;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code data_value_rollup} in step with {@code data_value}: for one indicator and
 * year, every territory that has values and every territory above it gets the year's
 * figure per combination of options. Called inside the transaction that changed the
 * values, so what the dashboard shows always adds up to what was saved (ADR 0006).
 */
@Service
public class Rollups {

	/** Serialises refreshes of the same indicator and year across nodes. */
	private static final long LOCK = 0x5a3a_0003L;

	private final JdbcClient jdbc;

	private final Territories territories;

	private final Indicators indicators;

	private final TransactionTemplate tx;

	Rollups(JdbcClient jdbc, Territories territories, Indicators indicators, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.indicators = indicators;
		this.tx = tx;
	}

	/** Rebuilds the rollup of one indicator for the given years. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refresh(String indicatorCode, Collection<Integer> years) {
		Indicator indicator = indicators.byCode(indicatorCode).orElseThrow();
		for (int year : years) {
			refresh(indicator, year);
		}
	}

	private void refresh(Indicator indicator, int year) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock, hashtext(:key))")
			.param("lock", (int) LOCK)
			.param("key", indicator.code() + "/" + year)
			.query(Object.class)
			.single();
		String from = String.valueOf(year);
		String to = String.valueOf(year + 1);
		jdbc.sql("DELETE FROM data_value_rollup WHERE indicator_code = :i AND year = :y")
			.param("i", indicator.code())
			.param("y", year)
			.update();
		List<Long> present = jdbc.sql("""
				SELECT DISTINCT territory_id FROM data_value
				WHERE indicator_code = :i AND period >= :from AND period < :to""")
			.param("i", indicator.code())
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.list();
		if (present.isEmpty()) {
			return;
		}
		// (territory, ancestor) pairs, the territory itself included; ids are numbers,
		// safe inline
		StringJoiner pairs = new StringJoiner(",");
		territories.ancestry(present)
			.forEach((id, line) -> line.forEach(ancestor -> pairs.add("(" + id + "," + ancestor + ")")));
		// a stock counts each territory's latest period of the year; a flow sums all its
		// periods
		String latest = "last".equals(indicator.aggregation()) ? """
				JOIN (SELECT territory_id, max(period) AS period FROM data_value
				      WHERE indicator_code = :i AND period >= :from AND period < :to GROUP BY territory_id) l
				  ON l.territory_id = d.territory_id AND l.period = d.period""" : "";
		jdbc.sql("""
				INSERT INTO data_value_rollup (indicator_code, territory_id, year, sex, age_band, disability, area,
				  other, value)
				SELECT d.indicator_code, a.ancestor_id, :y, d.sex, d.age_band, d.disability, d.area, d.other,
				  sum(d.value)
				FROM data_value d
				JOIN (VALUES %s) AS a (territory_id, ancestor_id) ON a.territory_id = d.territory_id
				%s
				WHERE d.indicator_code = :i AND d.period >= :from AND d.period < :to
				GROUP BY d.indicator_code, a.ancestor_id, d.sex, d.age_band, d.disability, d.area, d.other"""
			.formatted(pairs, latest))
			.param("i", indicator.code())
			.param("y", year)
			.param("from", from)
			.param("to", to)
			.update();
	}

	/**
	 * Rebuilds what a migration marked stale (values stored before the rollup existed);
	 * runs at start-up.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void refreshStale() {
		List<Map<String, Object>> stale = jdbc.sql("SELECT indicator_code, year FROM data_value_rollup_stale")
			.query()
			.listOfRows();
		for (Map<String, Object> pair : new ArrayList<>(stale)) {
			tx.executeWithoutResult(status -> {
				String code = (String) pair.get("indicator_code");
				int year = ((Number) pair.get("year")).intValue();
				if (indicators.byCode(code).isPresent()) {
					refresh(code, List.of(year));
				}
				jdbc.sql("DELETE FROM data_value_rollup_stale WHERE indicator_code = :i AND year = :y")
					.param("i", code)
					.param("y", year)
					.update();
			});
		}
	}

}
