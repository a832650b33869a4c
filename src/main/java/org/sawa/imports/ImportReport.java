package org.sawa.imports;

import java.util.List;

/**
 * What an all-or-nothing import did: either every row was applied ({@code problems}
 * empty), or nothing was written and {@code problems} lists every bad row.
 */
public record ImportReport(long rowsRead, long inserted, long updated, long unchanged, List<ImportProblem> problems) {

	public boolean applied() {
		return problems.isEmpty();
	}

	public static ImportReport refused(long rowsRead, List<ImportProblem> problems) {
		return new ImportReport(rowsRead, 0, 0, 0, List.copyOf(problems));
	}
}
