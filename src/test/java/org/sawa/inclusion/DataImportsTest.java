package org.sawa.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Background imports: the report of a refused file, and what a restart leaves behind. */
@SawaTest
class DataImportsTest {

	@LocalServerPort
	int port;

	@Autowired
	DataImports imports;

	@Autowired
	JdbcClient jdbc;

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

		DataImports.Job job = awaitFinished(imports.start(file, "bad.csv", "person:test", t -> true));

		assertThat(job.state()).isEqualTo("refused");
		assertThat(job.problemCount()).isEqualTo(1500);
		assertThat(job.report().problems()).hasSize(DataImports.PROBLEMS_KEPT);
		assertThat(job.report().problems().get(0).line()).isEqualTo(2);
		assertThat(job.report().problems().get(0).messageKey()).isEqualTo("inclusion.import.error.value.count");
		assertThat(job.report().problems().get(0).arguments()).containsExactly("-1");
		assertThat(jdbc.sql("SELECT count(*) FROM data_value").query(Long.class).single()).isEqualTo(before);
		assertThat(file).doesNotExist();
	}

	@Test
	void an_import_cut_short_by_a_restart_is_reported_interrupted_and_only_its_owner_sees_it() {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"INSERT INTO data_import (id, actor, file_name, size_bytes, bytes_read, state) VALUES (:id, 'person:1', 'x.csv', 100, 40, 'running')")
			.param("id", id)
			.update();
		imports.markInterrupted();
		DataImports.Job job = imports.job(id).orElseThrow();
		assertThat(job.state()).isEqualTo("interrupted");
		assertThat(job.finished()).isTrue();

		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("officer@sawa.demo", "sawa-demo-2026");
		assertThat(officer.get("/officer/indicators/import/" + id).statusCode()).isEqualTo(404);
		assertThat(officer.get("/officer/indicators/import/not-a-uuid").statusCode()).isEqualTo(404);
	}

}
