package org.sawa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sawa.support.SourceFiles;

/**
 * Every "now" and "today" of the application comes from its one {@code Clock} (ADR 0015).
 */
class ClockUseTest {

	/**
	 * A read of the system clock: {@code X.now()} or {@code X.now(zone)}, anything but
	 * {@code X.now(clock)}.
	 */
	private static final Pattern SYSTEM_TIME = Pattern.compile(
			"\\b(Instant|LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Year|YearMonth)\\.now\\((?!clock\\))");

	@Test
	void no_main_class_reads_the_system_clock() throws IOException {
		List<String> reads = new ArrayList<>();
		// the clock itself is the one place that reads the system's time
		for (Path file : SourceFiles.under(Path.of("src/main/java"), ".java")) {
			if (file.endsWith("ShiftableClock.java")) {
				continue;
			}
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (SYSTEM_TIME.matcher(lines.get(i)).find()) {
					reads.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
				}
			}
		}
		assertThat(reads).isEmpty();
	}

	@Test
	void the_pattern_catches_a_read_of_the_system_clock() {
		assertThat(SYSTEM_TIME.matcher("LocalDate today = LocalDate.now(Formats.ZONE);").find()).isTrue();
		assertThat(SYSTEM_TIME.matcher("Instant at = Instant.now();").find()).isTrue();
		assertThat(SYSTEM_TIME.matcher("LocalDate today = LocalDate.now(clock);").find()).isFalse();
	}

}
