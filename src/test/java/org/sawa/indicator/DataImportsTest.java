package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.support.StoredRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Background imports: the report of a refused file, what a restart resumes, and who sees
 * an import.
 */
@SawaTest
class DataImportsTest {

	@LocalServerPort
	int port;

	@Autowired
	DataImports imports;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	IncompleteEventPublications publications;

	/** A file of one row the import refuses (a negative count). */
	private static final String ONE_BAD_ROW = "indicator,territory_code,period,sex,value\n"
			+ "ELECTED_TRAINED,MA-BEM-01,2019,female,-1\n";

	/** Uploads the file as the demo person would and answers its import. */
	private UUID started(String csv, String fileName, String who) throws java.io.IOException {
		Path upload = Files.createTempFile("sawa-test", ".csv");
		Files.writeString(upload, csv);
		return imports.start(upload, fileName, people.demo(who));
	}

	private DataImports.Job awaitFinished(UUID id) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			DataImports.Job job = imports.job(id).orElseThrow();
			if (job.finished()) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import " + id + " did not finish");
	}

	@Test
	void a_refused_file_keeps_its_first_thousand_problems_and_their_total_and_writes_nothing() throws Exception {
		StringBuilder csv = new StringBuilder("indicator,territory_code,period,sex,value\n");
		for (int i = 0; i < 1500; i++) {
			csv.append("ELECTED_TRAINED,MA-BEM-01,2019,female,-").append(i + 1).append('\n');
		}
		Path file = Files.createTempFile("sawa-test", ".csv");
		Files.writeString(file, csv);
		long before = jdbc.sql("SELECT count(*) FROM data_value").query(Long.class).single();

		DataImports.Job job = awaitFinished(imports.start(file, "bad.csv", people.demo("officer")));

		assertThat(job.state()).isEqualTo("refused");
		assertThat(job.problemCount()).isEqualTo(1500);
		assertThat(job.report().problems()).hasSize(DataImports.PROBLEMS_KEPT);
		assertThat(job.report().problems().get(0).line()).isEqualTo(2);
		assertThat(job.report().problems().get(0).messageKey()).isEqualTo("indicator.import.error.value.count");
		assertThat(job.report().problems().get(0).arguments()).containsExactly("-1");
		assertThat(jdbc.sql("SELECT count(*) FROM data_value").query(Long.class).single()).isEqualTo(before);
		assertThat(file).doesNotExist();
	}

	/**
	 * As a crash would leave an import: running, its request not marked done, its node's
	 * last sign of life older than the lease (a node restarted within the lease takes it
	 * up once the lease has passed).
	 */
	private void cutShort(UUID id) {
		jdbc.sql("""
				UPDATE data_import SET state = 'running', bytes_read = 40, finished_at = NULL,
				  heartbeat_at = clock_timestamp() - INTERVAL '3 minutes'
				WHERE id = :id""").param("id", id).update();
		StoredRequests.reopen(jdbc, ImportRequested.class, id.toString());
	}

	/** As another node at work leaves an import: its last sign of life some time ago. */
	private void onAnotherNode(UUID id, String since) {
		jdbc.sql(
				"""
						UPDATE data_import SET node = 'another node', heartbeat_at = clock_timestamp() - CAST(:since AS INTERVAL)
						WHERE id = :id""")
			.param("id", id)
			.param("since", since)
			.update();
	}

	/** Where an import's file waits, as its stored request names it. */
	private String spooled(UUID id) {
		return jdbc.sql("SELECT serialized_event FROM event_publication WHERE serialized_event LIKE :id")
			.param("id", "%" + id + "%")
			.query(String.class)
			.single()
			.replaceAll(".*\"file\":\"([^\"]+)\".*", "$1");
	}

	@Test
	void an_import_whose_node_stopped_is_taken_up_by_a_live_node_and_one_at_work_is_left_to_its_node()
			throws Exception {
		String csv = ONE_BAD_ROW;
		UUID id = started(csv, "taken-up.csv", "officer");
		awaitFinished(id);
		// the nodes share the spool: the file is there for this node
		String file = spooled(id);
		Files.writeString(Path.of(file), csv);
		cutShort(id);

		// another node's last progress was ten seconds ago: it is at work, left to it
		onAnotherNode(id, "10 seconds");
		assertThat(imports.resume()).doesNotContain(id);
		assertThat(imports.job(id).orElseThrow().state()).isEqualTo("running");

		// silent for three minutes (the lease is two): its node stopped, this one takes
		// it up
		onAnotherNode(id, "3 minutes");
		assertThat(imports.resume()).contains(id);
		assertThat(awaitFinished(id).state()).isEqualTo("refused");
		assertThat(jdbc.sql("SELECT node FROM data_import WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo(java.lang.management.ManagementFactory.getRuntimeMXBean().getName());
		assertThat(Path.of(file)).doesNotExist();
	}

	@Test
	void an_import_cut_short_by_a_restart_runs_again_from_its_stored_request_or_says_its_file_is_lost()
			throws Exception {
		String csv = ONE_BAD_ROW;
		UUID kept = started(csv, "kept.csv", "officer");
		assertThat(awaitFinished(kept).state()).isEqualTo("refused");
		UUID lost = started(csv, "lost.csv", "officer");
		awaitFinished(lost);

		// the spool still holds the first file (a restart, not a new machine), not the
		// second
		Path spooled = Files.createTempFile("sawa-test", ".csv");
		Files.writeString(spooled, csv);
		String file = spooled(kept);
		Files.move(spooled, Path.of(file));
		cutShort(kept);
		cutShort(lost);

		// what the application does at start
		// (spring.modulith.events.republish-outstanding-events-on-restart)
		publications.resubmitIncompletePublications(p -> p.getEvent() instanceof ImportRequested);

		DataImports.Job again = awaitFinished(kept);
		assertThat(again.state()).isEqualTo("refused");
		assertThat(again.report().problems()).extracting(p -> p.messageKey())
			.containsExactly("indicator.import.error.value.count");
		assertThat(Path.of(file)).doesNotExist();
		assertThat(awaitFinished(lost).state()).isEqualTo("interrupted");
	}

	@Test
	void the_spool_keeps_only_the_files_of_imports_still_to_run() throws Exception {
		UUID waiting = started("indicator,territory_code,period,sex,value\n", "waiting.csv", "officer");
		awaitFinished(waiting);
		Path spool = Path.of(spooled(waiting)).getParent();
		// as a crash leaves it: the import queued again with its file, beside a file
		// whose
		// upload never committed and a finished import's file that was not deleted
		Path kept = Files.writeString(spool.resolve(waiting + ".csv"), "indicator\n");
		jdbc.sql("UPDATE data_import SET state = 'queued' WHERE id = :id").param("id", waiting).update();
		Path orphan = Files.writeString(spool.resolve(UUID.randomUUID() + ".csv"), "indicator\n");
		Path stale = Files.writeString(spool.resolve("not-an-import.csv"), "indicator\n");

		imports.sweep();

		assertThat(kept).exists();
		assertThat(orphan).doesNotExist();
		assertThat(stale).as("not an import's file: left alone").exists();
		Files.delete(stale);
		jdbc.sql("UPDATE data_import SET state = 'refused' WHERE id = :id").param("id", waiting).update();
		imports.sweep();
		assertThat(kept).doesNotExist();
	}

	@Test
	void only_the_owner_of_an_import_sees_it() throws Exception {
		UUID id = started("indicator,territory_code,period,sex,value\n", "mine.csv", "staff");
		awaitFinished(id);

		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("officer@sawa.demo", "sawa-demo-2026");
		assertThat(officer.get("/officer/indicators/import/" + id).statusCode()).isEqualTo(404);
		assertThat(officer.get("/officer/indicators/import/not-a-uuid").statusCode()).isEqualTo(404);
	}

}
