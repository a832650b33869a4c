package org.sawa.imports;

/** Thrown inside an import's transaction to roll it back whole when a row is bad. */
public class ImportRefused extends RuntimeException {

	private final transient ImportReport report;

	public ImportRefused(ImportReport report) {
		super("import refused: " + report.problems().size() + " problem(s)");
		this.report = report;
	}

	public ImportReport report() {
		return report;
	}

}
