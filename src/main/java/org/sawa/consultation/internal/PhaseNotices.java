package org.sawa.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sawa.follow.Changes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a consultation's followers (and its territory's) that a phase begins, once, on
 * its first day (or the next run within two days, if the job missed it): each phase is
 * claimed by stamping the day it was announced, so several nodes tell it once.
 */
@Component
public class PhaseNotices {

	private final JdbcClient jdbc;

	private final Changes changes;

	private final Clock clock;

	PhaseNotices(JdbcClient jdbc, Changes changes, Clock clock) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sawa.consultation.phase-notice-every:PT1H}", initialDelayString = "PT4M")
	void run() {
		announce();
	}

	/** Announces the phases begun today (or in the two days before); how many. */
	@Transactional
	public int announce() {
		LocalDate today = LocalDate.now(clock);
		record Begun(String code, long territoryId, String title, String kind, LocalDate endsOn) {
		}
		List<Begun> begun = jdbc.sql("""
				UPDATE consultation_phase ph SET announced_on = :today
				FROM consultation_process p
				WHERE p.id = ph.process_id AND ph.announced_on IS NULL
				  AND ph.starts_on BETWEEN :from AND :today
				RETURNING p.code, p.territory_id, p.title, ph.kind, ph.ends_on""")
			.param("today", today)
			.param("from", today.minusDays(2))
			.query((rs, n) -> new Begun(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.list();
		for (Begun b : begun) {
			changes.record(Changes.Change.of("consultation", b.code(), b.territoryId(), b.title(),
					"follow.change.phase", List.of("#consultation.phase." + b.kind(), b.endsOn().toString()),
					"/consultations/" + b.code()));
		}
		return begun.size();
	}

}
