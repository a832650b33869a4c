package org.sawa.pdf;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * PDF/UA-1 (7.18.5) asks every link annotation for an alternate description in its
 * {@code Contents} key, which OpenHTMLtoPDF does not write. The description given is what
 * the reader sees: the text under the link's area on its page (Arabic presentation forms
 * folded back to letters), or the address of an external link with no text.
 */
final class LinkDescriptions {

	private LinkDescriptions() {
	}

	static byte[] added(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			boolean changed = false;
			for (PDPage page : document.getPages()) {
				changed |= describe(page);
			}
			if (!changed) {
				return pdf;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			return out.toByteArray();
		}
	}

	private static boolean describe(PDPage page) throws IOException {
		PDFTextStripperByArea stripper = null;
		boolean changed = false;
		for (PDAnnotation annotation : page.getAnnotations()) {
			if (!(annotation instanceof PDAnnotationLink link) || link.getContents() != null) {
				continue;
			}
			if (stripper == null) {
				stripper = new PDFTextStripperByArea();
				stripper.setSortByPosition(true);
			}
			PDRectangle area = link.getRectangle();
			float top = page.getMediaBox().getHeight() - area.getUpperRightY();
			stripper.addRegion("link",
					new Rectangle2D.Float(area.getLowerLeftX(), top, area.getWidth(), area.getHeight()));
			stripper.extractRegions(page);
			String text = Normalizer.normalize(stripper.getTextForRegion("link"), Normalizer.Form.NFKC)
				.replaceAll("[.\\s]+", " ")
				.strip();
			stripper.removeRegion("link");
			if (text.isEmpty() && link.getAction() instanceof PDActionURI uri) {
				text = uri.getURI();
			}
			link.setContents(text.isEmpty() ? "link" : text);
			changed = true;
		}
		return changed;
	}

}
