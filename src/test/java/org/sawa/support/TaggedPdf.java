package org.sawa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF Sawa rendered, after checking what every Sawa PDF promises: tagged,
 * in the given language, every font embedded, and no PDF/UA-1 rule failed in veraPDF's
 * independent check. Whitespace is collapsed and Arabic presentation forms (how shaped
 * text is stored) are folded back to letters, so tests compare plain text.
 */
public final class TaggedPdf {

	public record Read(String text, int pages) {
	}

	private TaggedPdf() {
	}

	public static Read read(byte[] pdf, String language) throws IOException {
		assertThat(PdfUa.failedRules(pdf)).as("PDF/UA-1 rules failed (veraPDF)").isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(name).isEmbedded()).as("font %s embedded", name).isTrue();
				}
			}
			String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
				.replaceAll("\\s+", " ");
			return new Read(text, document.getNumberOfPages());
		}
	}

	/** The text of one page (from 1), as {@link #read} gives it. */
	public static String page(byte[] pdf, int page) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
		}
	}

	public static String text(byte[] pdf, String language) throws IOException {
		return read(pdf, language).text();
	}

}
