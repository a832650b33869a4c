package org.sawa.imports;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in one transaction: it commits only if the import returns a report
 * without problems; a row problem ({@link ImportRefused}) or a malformed file rolls
 * everything back and comes back as the report.
 */
public final class AllOrNothing {

	private AllOrNothing() {
	}

	public static ImportReport run(TransactionTemplate tx, Supplier<ImportReport> importer) {
		try {
			return tx.execute(status -> importer.get());
		}
		catch (ImportRefused refused) {
			return refused.report();
		}
		catch (Csv.MalformedFile malformed) {
			return ImportReport.refused(0,
					List.of(new ImportProblem(1, "", malformed.messageKey(), malformed.arguments())));
		}
	}

}
