package org.sawa.imports;

import java.util.List;

/**
 * What an all-or-nothing import did: either every row was applied ({@code problems}
 * empty), or nothing was written and {@code problems} lists the bad rows, the first
 * {@link ImportTally#PROBLEMS_KEPT} of {@code problemCount}.
 */
public record ImportReport(long rowsRead, long inserted, long updated, long unchanged, List<ImportProblem> problems,
		long problemCount) {

	/** A report whose problems are all listed. */
	public ImportReport(long rowsRead, long inserted, long updated, long unchanged, List<ImportProblem> problems) {
		this(rowsRead, inserted, updated, unchanged, problems, problems.size());
	}

	/** Whether more problems were found than the report lists. */
	public boolean problemsCut() {
		return problemCount > problems.size();
	}

	public boolean applied() {
		return problems.isEmpty();
	}

	public static ImportReport refused(long rowsRead, List<ImportProblem> problems) {
		return new ImportReport(rowsRead, 0, 0, 0, List.copyOf(problems));
	}

	public static ImportReport refused(long rowsRead, List<ImportProblem> problems, long problemCount) {
		return new ImportReport(rowsRead, 0, 0, 0, List.copyOf(problems), problemCount);
	}
}
