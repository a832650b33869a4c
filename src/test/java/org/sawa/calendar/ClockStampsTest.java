package org.sawa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sawa.support.SourceFiles;

/**
 * A row's time comes from the application's clock, as every other "now" does (ADR 0015):
 * an insert names each timestamp column its table stamps with PostgreSQL's
 * {@code DEFAULT now()} and passes the clock's instant, or the demo's history and the
 * tests' moved clock disagree with what the row says. The inserts written before this
 * rule are listed; they are record-keeping stamps no rule reads, and the list only
 * shrinks.
 */
class ClockStampsTest {

	/**
	 * table.column an insert still leaves to PostgreSQL's now(), by the class that does.
	 */
	static final Set<String> LEFT_TO_THE_DATABASE = Set.of("ParticipationFacts:participation_event_counted.counted_at",
			"InfoSteps:info_request.created_at", "AnnualReports:annual_report.updated_at",
			"Organisations:organisation.created_at", "RoleGrants:role_grant.granted_at", "People:person.created_at",
			"PostgresFileStorage:stored_file.stored_at", "DataEntry:data_value.entered_at",
			"Dashboards:dashboard.updated_at", "Councils:council.created_at",
			"Activities:capacity_activity.created_at");

	private static final Pattern TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);

	private static final Pattern STAMPED = Pattern.compile("^\\s*(\\w+)\\s+.*DEFAULT now\\(\\)", Pattern.MULTILINE);

	private static final Pattern INSERT = Pattern.compile("INSERT INTO (\\w+)\\s*\\(([^)]*)\\)");

	@Test
	void every_insert_stamps_its_rows_with_the_clock_but_the_listed_ones() throws IOException {
		Map<String, List<String>> stamped = new HashMap<>();
		for (Path migration : SourceFiles.under(Path.of("src/main/resources/db/migration"), ".sql")) {
			Matcher table = TABLE.matcher(Files.readString(migration));
			while (table.find()) {
				Matcher column = STAMPED.matcher(table.group(2));
				while (column.find()) {
					stamped.computeIfAbsent(table.group(1), t -> new ArrayList<>()).add(column.group(1));
				}
			}
		}
		assertThat(stamped).as("the migrations were read").containsKey("petition_signature");
		Set<String> left = new TreeSet<>();
		for (Path source : SourceFiles.under(Path.of("src/main/java"), ".java")) {
			String type = source.getFileName().toString().replace(".java", "");
			Matcher insert = INSERT.matcher(Files.readString(source));
			while (insert.find()) {
				List<String> columns = List.of(insert.group(2).replaceAll("\\s+", "").split(","));
				for (String column : stamped.getOrDefault(insert.group(1), List.of())) {
					if (!columns.contains(column)) {
						left.add(type + ":" + insert.group(1) + "." + column);
					}
				}
			}
		}
		assertThat(left).as("inserts leaving a timestamp to PostgreSQL's now(): pass the clock's instant")
			.isSubsetOf(LEFT_TO_THE_DATABASE);
		assertThat(LEFT_TO_THE_DATABASE).as("listed inserts that now pass the clock: take them off the list")
			.isSubsetOf(left);
	}

}
