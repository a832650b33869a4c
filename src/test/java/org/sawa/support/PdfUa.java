package org.sawa.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The independent check of a PDF against PDF/UA-1 (ISO 14289-1) with veraPDF, the
 * reference validator of the PDF Association: the rules a PDF breaks, each as its clause,
 * test number and veraPDF's description, with where it broke first. An empty list means
 * veraPDF found no failed rule.
 */
public final class PdfUa {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfUa() {
	}

	public static List<String> failedRules(byte[] pdf) {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
			ValidationResult result = validator.validate(parser);
			TreeSet<String> failed = new TreeSet<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
							+ assertion.getMessage() + " (" + assertion.getLocationContext() + ")");
				}
			}
			return List.copyOf(failed);
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not read the PDF", ex);
		}
	}

}
