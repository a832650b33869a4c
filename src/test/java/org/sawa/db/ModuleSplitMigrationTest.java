package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.sql.DataSource;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.MigrationFilter;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;

/**
 * A database built before the inclusion module became the lens and indicator modules
 * upgrades without running anything twice: the test builds one as the old release did
 * (one inclusion module holding today's lens and indicator scripts), then migrates it as
 * the application does today, and finds each script's history with its new module.
 */
@SawaTest
class ModuleSplitMigrationTest {

	@Autowired
	Owner owner;

	@Autowired
	ApplicationModuleIdentifiers modules;

	@TempDir
	Path before;

	@Test
	void a_database_from_before_the_split_keeps_its_history_and_runs_nothing_twice() throws IOException {
		owner.jdbc().sql("DROP DATABASE IF EXISTS split_check").update();
		owner.jdbc().sql("CREATE DATABASE split_check").update();
		DataSource database = new SimpleDriverDataSource(new org.postgresql.Driver(),
				EmbeddedDatabase.current().getJdbcUrl("postgres", "split_check"), "postgres", "");
		JdbcClient split = JdbcClient.create(database);

		// the release before the split: the same scripts, the lens's and the
		// indicator's in one inclusion folder, and the root without the script that
		// moves the history
		Path current = new ClassPathResource("db/migration").getFile().toPath();
		List<ApplicationModuleIdentifier> old = new ArrayList<>();
		for (ApplicationModuleIdentifier module : modules) {
			String name = module.toString();
			if (name.equals("lens")) {
				continue;
			}
			String folder = name.equals("indicator") ? "inclusion" : name;
			old.add(ApplicationModuleIdentifier.of(folder));
			copy(current.resolve(name), before.resolve(folder));
		}
		copy(current.resolve("lens"), before.resolve("inclusion"));
		copy(current.resolve("__root"), before.resolve("__root"));
		Files.delete(before.resolve("__root/V3__split_inclusion_module.sql"));
		// nor what came after it: the application's own role, the keyed audit chain, the
		// corrections, the search across Sawa (the root's search functions and the search
		// columns built on them), and each module's scripts after those
		int later = 0;
		for (String script : List.of("__root/V4__application_role.sql", "audit/V2__keyed_chain_and_anchors.sql",
				"__root/V5__search_functions.sql", "petition/V5__search.sql", "commitment/V7__search.sql",
				"council/V5__search.sql", "inforequest/V9__search_folded.sql", "consultation/V5__search.sql",
				"project/V1__create_project.sql")) {
			later += deleteFrom(before.resolve(script));
		}
		// nor the lens's rollup and marks' index (its scripts after the first) and the
		// indicators kept in memory, all in the old folder
		for (String script : List.of("V2__participation_rollup.sql", "V3__rollup_read_from_its_index.sql",
				"V4__participation_total.sql", "V5__counted_marks_by_age.sql", "V8__catalogue_changes_announced.sql")) {
			Files.delete(before.resolve("inclusion/" + script));
			later++;
		}
		migrate(ApplicationModuleIdentifiers.of(old), database, "filesystem:" + before);
		assertThat(split.sql("SELECT count(*) FROM flyway_schema_history_inclusion WHERE success")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(6);
		split
			.sql("INSERT INTO participation_fact VALUES ('petition.signature', 1, DATE '2025-03-01',"
					+ " 'female', '25_34', 'no', 'rural', 7)")
			.update();
		// a participation published and an import asked for just before the upgrade,
		// not yet handled, named as the listeners were named before it
		waiting(split, "org.sawa.inclusion.ParticipationFacts.on(org.sawa.account.ParticipationRecorded)",
				"org.sawa.account.ParticipationRecorded");
		waiting(split, "org.sawa.inclusion.DataImports.on(org.sawa.inclusion.ImportRequested)",
				"org.sawa.inclusion.ImportRequested");
		long historyBefore = historyRows(split);

		migrate(modules, database, "classpath:db/migration");

		assertThat(split.sql("SELECT to_regclass('flyway_schema_history_inclusion') IS NULL")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(versions(split, "lens")).containsExactly("1", "2", "3", "4", "5");
		assertThat(versions(split, "indicator")).containsExactly("2", "3", "4", "5", "6", "7", "8");
		// the root's split script ran, then what came after the split (the scripts
		// deleted from the old release's copy)
		assertThat(historyRows(split)).as("only the scripts new since then ran").isEqualTo(historyBefore + 1 + later);
		assertThat(split.sql("SELECT sum(count) FROM participation_fact").query(Long.class).single()).isEqualTo(7);
		// the registry republishes them to the listeners of today, named as the running
		// application names them
		List<String> listeners = split.sql("SELECT listener_id FROM event_publication ORDER BY listener_id")
			.query(String.class)
			.list();
		assertThat(listeners).containsExactly("org.sawa.indicator.DataImports.on(org.sawa.indicator.ImportRequested)",
				"org.sawa.lens.ParticipationFacts.on(org.sawa.account.ParticipationRecorded)");
		assertThat(owner.jdbc()
			.sql("""
					SELECT DISTINCT listener_id FROM event_publication
					WHERE listener_id LIKE '%ParticipationFacts%' AND event_type = 'org.sawa.account.ParticipationRecorded'""")
			.query(String.class)
			.list()).containsExactly(listeners.get(1));
		assertThat(split.sql("SELECT event_type FROM event_publication ORDER BY event_type").query(String.class).list())
			.containsExactly("org.sawa.account.ParticipationRecorded", "org.sawa.indicator.ImportRequested");
		// a second start finds everything in place
		migrate(modules, database, "classpath:db/migration");
		assertThat(historyRows(split)).isEqualTo(historyBefore + 1 + later);

		owner.jdbc().sql("DROP DATABASE split_check WITH (FORCE)").update();
	}

	/**
	 * Deletes a module's script and those of higher versions in its folder (they came
	 * after it); returns how many.
	 */
	private static int deleteFrom(Path script) throws IOException {
		int from = version(script);
		int deleted = 0;
		try (var scripts = Files.list(script.getParent())) {
			for (Path p : scripts.filter(p -> version(p) >= from).toList()) {
				Files.delete(p);
				deleted++;
			}
		}
		return deleted;
	}

	private static int version(Path script) {
		String name = script.getFileName().toString();
		return Integer.parseInt(name.substring(1, name.indexOf("__")));
	}

	private static void waiting(JdbcClient database, String listener, String type) {
		database
			.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)"
					+ " VALUES (gen_random_uuid(), ?, ?, '{}', now())")
			.params(listener, type)
			.update();
	}

	private static void migrate(ApplicationModuleIdentifiers modules, DataSource database, String location) {
		Flyway flyway = Flyway.configure().dataSource(database).locations(location).load();
		new SpringModulithFlywayMigrationStrategy(modules, MigrationFilter.USE_ALL).migrate(flyway);
	}

	private static List<String> versions(JdbcClient database, String module) {
		return database
			.sql("SELECT version FROM flyway_schema_history_" + module
					+ " WHERE type <> 'BASELINE' AND success ORDER BY installed_rank")
			.query(String.class)
			.list();
	}

	private static long historyRows(JdbcClient database) {
		List<String> tables = database
			.sql("SELECT tablename FROM pg_tables WHERE tablename LIKE 'flyway_schema_history%'")
			.query(String.class)
			.list();
		long rows = 0;
		for (String table : tables) {
			rows += database.sql("SELECT count(*) FROM " + table + " WHERE type <> 'BASELINE'")
				.query(Long.class)
				.single();
		}
		return rows;
	}

	private static void copy(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			return;
		}
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}

}
