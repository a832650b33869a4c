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
 * tests' moved clock disagree with what the row says.
 */
class ClockStampsTest {

	private static final Pattern TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);

	private static final Pattern STAMPED = Pattern.compile("^\\s*(\\w+)\\s+.*DEFAULT now\\(\\)", Pattern.MULTILINE);

	/** now() as SQL calls it, not a Java method named now. */
	private static final Pattern SQL_NOW = Pattern.compile("(?<![.\\w])now\\(\\)");

	private static final Pattern INSERT = Pattern.compile("INSERT INTO (\\w+)\\s*\\(([^)]*)\\)");

	@Test
	void every_insert_stamps_its_rows_with_the_clock() throws IOException {
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
		assertThat(left).as("inserts leaving a timestamp to PostgreSQL's now(): pass the clock's instant").isEmpty();
	}

	@Test
	void no_statement_reads_the_time_of_postgresql() throws IOException {
		List<String> reading = new ArrayList<>();
		for (Path source : SourceFiles.under(Path.of("src/main/java"), ".java")) {
			List<String> lines = Files.readAllLines(source);
			for (int i = 0; i < lines.size(); i++) {
				if (SQL_NOW.matcher(lines.get(i)).find()) {
					reading.add(source.getFileName() + ":" + (i + 1));
				}
			}
		}
		assertThat(reading).as("statements setting a time with PostgreSQL's now(): pass the clock's instant").isEmpty();
	}

}
