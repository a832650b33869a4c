package org.sawa.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an import has done so far: rows read, rows inserted, updated or left unchanged,
 * and the problems found. {@link #finish()} turns it into the report, or refuses the
 * whole import.
 */
public final class ImportTally {

	/**
	 * Ends an {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE <changed>} so that it
	 * returns {@code inserted} or {@code updated}, and no row when the stored row was
	 * already equal.
	 */
	public static final String RETURNING_OUTCOME = " RETURNING CASE WHEN xmax = 0 THEN 'inserted' ELSE 'updated' END";

	private final List<ImportProblem> problems = new ArrayList<>();

	private long read;

	private long inserted;

	private long updated;

	private long unchanged;

	public void rowRead() {
		read++;
	}

	public void problem(long line, String column, String messageKey, Object... arguments) {
		problems.add(new ImportProblem(line, column, messageKey, arguments));
	}

	/** How many problems so far: compare before and after checking a row. */
	public int problemCount() {
		return problems.size();
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	/** Counts what an upsert ending with {@link #RETURNING_OUTCOME} did. */
	public void outcome(Optional<String> returned) {
		switch (returned.orElse("unchanged")) {
			case "inserted" -> inserted++;
			case "updated" -> updated++;
			default -> unchanged++;
		}
	}

	public void inserted() {
		inserted++;
	}

	public void updatedOrUnchanged(boolean changed) {
		if (changed) {
			updated++;
		}
		else {
			unchanged++;
		}
	}

	public long changes() {
		return inserted + updated;
	}

	public String summary() {
		return inserted + " inserted, " + updated + " updated, " + unchanged + " unchanged";
	}

	/**
	 * The report of an applied import; throws {@link ImportRefused} (rolling back) if any
	 * row was bad.
	 */
	public ImportReport finish() {
		if (!problems.isEmpty()) {
			throw new ImportRefused(ImportReport.refused(read, problems));
		}
		return new ImportReport(read, inserted, updated, unchanged, List.of());
	}

}
