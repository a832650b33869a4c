package org.sawa.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.sawa.audit.AuditLog;
import org.sawa.indicator.internal.Rollups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators another module computes from its own records (jobs created by projects): the
 * module defines them once and replaces a period's values whole whenever its records
 * change, in its own transaction, so the dashboard and the annual report follow at once.
 * Officers do not type values of such an indicator: the next change would replace them.
 */
@Service
public class IndicatorFeeds {

	/** A value of a fed indicator: territory and group ("" = all of that dimension). */
	public record Value(long territoryId, String sex, String ageBand, String disability, String area,
			BigDecimal value) {
	}

	private final JdbcClient jdbc;

	private final Indicators indicators;

	private final Rollups rollups;

	private final AuditLog audit;

	private final Clock clock;

	IndicatorFeeds(JdbcClient jdbc, Indicators indicators, Rollups rollups, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.rollups = rollups;
		this.audit = audit;
		this.clock = clock;
	}

	/** Defines the indicator unless it exists. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void ensure(Indicator indicator, String actor) {
		if (indicators.byCode(indicator.code()).isEmpty()) {
			indicators.define(indicator, actor);
		}
	}

	/**
	 * Replaces every value of the indicator in a period (a year) by these, and rebuilds
	 * its rollup; audited with the number of values.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void replace(String indicatorCode, int year, List<Value> values, String source, String actor) {
		String period = String.valueOf(year);
		jdbc.sql("DELETE FROM data_value WHERE indicator_code = :i AND period = :p")
			.param("i", indicatorCode)
			.param("p", period)
			.update();
		Timestamp at = Timestamp.from(clock.instant());
		for (Value v : values) {
			jdbc.sql(
					"""
							INSERT INTO data_value (indicator_code, territory_id, period, sex, age_band, disability, area, other,
							  value, source, entered_by, entered_at)
							VALUES (:i, :t, :p, :sex, :band, :dis, :area, '', :v, :source, :by, :at)""")
				.param("i", indicatorCode)
				.param("t", v.territoryId())
				.param("p", period)
				.param("sex", v.sex())
				.param("band", v.ageBand())
				.param("dis", v.disability())
				.param("area", v.area())
				.param("v", v.value())
				.param("source", source)
				.param("by", actor)
				.param("at", at)
				.update();
		}
		rollups.refresh(indicatorCode, List.of(year));
		audit.append(actor, "data.fed", "indicator:" + indicatorCode + "/" + period, values.size() + " values");
	}

}
