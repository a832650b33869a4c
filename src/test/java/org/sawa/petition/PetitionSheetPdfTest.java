package org.sawa.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.PdfUa;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The printable signature sheet renders as a real, tagged PDF with embedded fonts, in
 * Arabic and in French.
 */
@SawaTest
class PetitionSheetPdfTest {

	@LocalServerPort
	int port;

	private static final String PETITION = "/petitions/PET-" + MovableClock.today().getYear() + "-0001";

	/**
	 * Downloads the sheet in a language, kept beside the screenshots for a human look.
	 */
	private HttpResponse<byte[]> sheet(String lang) throws Exception {
		HttpResponse<byte[]> response = new Browser(port).download(PETITION + "/sheet-" + lang + ".pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/petition-sheet-" + lang + ".pdf"),
				response.body());
		assertThat(PdfUa.failedRules(response.body())).as("PDF/UA-1 rules failed (veraPDF)").isEmpty();
		return response;
	}

	private static String text(PDDocument document) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		// presentation forms of shaped Arabic back to letters, for comparison
		return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
	}

	@Test
	void the_french_sheet_has_the_text_and_twenty_numbered_lines() throws Exception {
		HttpResponse<byte[]> response = sheet("fr");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(response.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = text(document);
			assertThat(text).contains("Feuille n°", "Nom et prénom", "Année de naissance", "Qui peut signer",
					"PET-" + MovableClock.today().getYear() + "-0001", "signatures requises : 100");
			assertThat(text).contains("20");
			assertTagged(document, "fr");
		}
	}

	@Test
	void the_arabic_sheet_is_shaped_right_to_left_with_embedded_arabic_fonts() throws Exception {
		HttpResponse<byte[]> response = sheet("ar");
		try (PDDocument document = Loader.loadPDF(response.body())) {
			String text = text(document);
			assertThat(text).contains("التوقيع", "رقم الورقة", "سنة الازدياد", "الثانوية");
			assertTagged(document, "ar");
			boolean arabicFont = false;
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
					arabicFont |= font.getName().contains("NotoNaskhArabic");
				}
			}
			assertThat(arabicFont).isTrue();
		}
	}

	@Test
	void no_sheet_for_a_petition_that_no_longer_collects() {
		String answered = "/petitions/PET-" + MovableClock.today().getYear() + "-0003";
		assertThat(new Browser(port).download(answered + "/sheet-fr.pdf").statusCode()).isEqualTo(404);
	}

	private static void assertTagged(PDDocument document, String language) {
		assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
		assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
		assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
		assertThat(document.getDocumentInformation().getTitle()).contains("PET-");
	}

}
