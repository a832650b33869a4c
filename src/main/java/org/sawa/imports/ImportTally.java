package org.sawa.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sawa.audit.AuditLog;

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

	/**
	 * The problems a report lists: a file of a million bad rows is refused with the first
	 * thousand and the count of all, not a page of a million lines.
	 */
	public static final int PROBLEMS_KEPT = 1000;

	/** The characters of a cell quoted in a problem; a longer value is cut. */
	static final int VALUE_SHOWN = 100;

	private final List<ImportProblem> problems = new ArrayList<>();

	private int found;

	private long read;

	private long inserted;

	private long updated;

	private long unchanged;

	public void rowRead() {
		read++;
	}

	public void problem(long line, String column, String messageKey, Object... arguments) {
		found++;
		if (problems.size() < PROBLEMS_KEPT) {
			Object[] shown = arguments.clone();
			for (int i = 0; i < shown.length; i++) {
				if (shown[i] instanceof String text && text.codePointCount(0, text.length()) > VALUE_SHOWN) {
					shown[i] = text.substring(0, text.offsetByCodePoints(0, VALUE_SHOWN)) + "…";
				}
			}
			problems.add(new ImportProblem(line, column, messageKey, shown));
		}
	}

	/** How many problems so far: compare before and after checking a row. */
	public int problemCount() {
		return found;
	}

	public boolean hasProblems() {
		return found > 0;
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
	 * The report of an applied import, recorded in the audit log (in the import's
	 * transaction) when it changed anything: who imported what, and how much changed.
	 * Throws {@link ImportRefused} (rolling back) if any row was bad.
	 */
	public ImportReport finishAudited(AuditLog audit, String actor, String action, String subject) {
		ImportReport report = finish();
		if (changes() > 0) {
			audit.append(actor, action, subject, read + " rows read: " + summary());
		}
		return report;
	}

	/**
	 * The report of an applied import; throws {@link ImportRefused} (rolling back) if any
	 * row was bad.
	 */
	public ImportReport finish() {
		if (found > 0) {
			throw new ImportRefused(ImportReport.refused(read, problems, found));
		}
		return new ImportReport(read, inserted, updated, unchanged, List.of());
	}

}
