package org.sawa.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sawa.db.BackgroundWork;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds a queued version of an annual report after its request commits: the figures step
 * by step (each step's progress committed on its own, so any page can show it), then the
 * PDF in each language it is published in. One generation at a time on a node (two
 * reports rendering at once would starve a two-core server). A node takes a version only
 * when it is queued, or running on a node silent for longer than the lease, so a request
 * delivered twice, or on two nodes, builds it once; each step is a sign of life; a
 * generation that fails is marked failed, with the reason in the log.
 */
@Component
class ReportGeneration {

	private static final Logger log = LoggerFactory.getLogger(ReportGeneration.class);

	private final JdbcClient jdbc;

	private final Territories territories;

	private final ReportFigures figures;

	private final AnnualReports reports;

	private final ObjectMapper json;

	private final Clock clock;

	private static final String TABLE = "annual_report_version";

	private final IncompleteEventPublications incomplete;

	/** How long a generation may be silent before a live node takes it up. */
	private final Duration lease;

	ReportGeneration(JdbcClient jdbc, Territories territories, ReportFigures figures, AnnualReports reports,
			ObjectMapper json, Clock clock, IncompleteEventPublications incomplete,
			@Value("${sawa.background.lease:PT2M}") Duration lease) {
		this.incomplete = incomplete;
		this.lease = lease;
		this.jdbc = jdbc;
		this.territories = territories;
		this.figures = figures;
		this.reports = reports;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Not a transaction of its own: the progress is committed step by step. The event
	 * publication is complete when this returns, built or failed.
	 */
	@Async
	@TransactionalEventListener
	synchronized void on(ReportRequested request) {
		if (!BackgroundWork.take(jdbc, TABLE, request.versionId(), lease)) {
			return;
		}
		try {
			Territory territory = territories.byId(request.territoryId()).orElseThrow();
			build(request.versionId(), territory, request.year(), request.recommendations());
		}
		catch (RuntimeException ex) {
			log.error("Annual report version {} failed", request.versionId(), ex);
			jdbc.sql("UPDATE annual_report_version SET state = 'failed', finished_at = :now WHERE id = :id")
				.param("now", Timestamp.from(clock.instant()))
				.param("id", request.versionId())
				.update();
		}
	}

	/**
	 * Generations whose node stopped (silent for longer than the lease) are taken up by a
	 * live node: their stored requests are delivered again here, and {@link #on} takes
	 * each once across the nodes. Answers the versions taken up.
	 */
	@Scheduled(fixedDelayString = "${sawa.background.resume-every:PT1M}",
			initialDelayString = "${sawa.scheduled.initial-delay:PT2M}")
	void resumeRun() {
		resume();
	}

	List<Long> resume() {
		return BackgroundWork.resume(jdbc, TABLE, lease, Long.class, incomplete,
				event -> event instanceof ReportRequested request ? request.versionId() : null);
	}

	private void build(long versionId, Territory territory, int year, Map<String, String> recommendations) {
		jdbc.sql("UPDATE annual_report_version SET step = '', steps_done = 0 WHERE id = :id")
			.param("id", versionId)
			.update();
		int[] done = { 0 };
		ReportContent content = figures.collect(territory, year, recommendations,
				step -> progress(versionId, step, done[0]++));
		Map<String, byte[]> pdfs = new LinkedHashMap<>();
		for (String language : AnnualReports.PUBLISHED_IN) {
			progress(versionId, "pdf_" + language, done[0]++);
			pdfs.put(language, reports.render(content, Locale.forLanguageTag(language)));
		}
		jdbc.sql("""
				UPDATE annual_report_version SET state = 'ready', step = '', steps_done = steps_total,
				  content = CAST(:content AS JSONB), pdf_ar = :ar, pdf_fr = :fr, finished_at = :now
				WHERE id = :id""")
			.param("content", json.writeValueAsString(content))
			.param("ar", pdfs.get("ar"))
			.param("fr", pdfs.get("fr"))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", versionId)
			.update();
	}

	private void progress(long versionId, String step, int done) {
		jdbc.sql("""
				UPDATE annual_report_version SET step = :step, steps_done = :done, %s
				WHERE id = :id""".formatted(BackgroundWork.SIGN_OF_LIFE))
			.param("step", step)
			.param("done", done)
			.param("id", versionId)
			.update();
	}

}
