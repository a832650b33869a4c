package org.sawa.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template (under {@code templates/}) to a PDF: tagged for
 * accessibility (PDF/UA, with the document's language and title), fonts embedded and
 * subset (Noto Naskh Arabic, Noto Sans), Arabic shaped and laid out right to left with
 * ICU. Templates must be well-formed: no void elements without a closing slash, no
 * HTML-only entities.
 */
@Service
public class PdfRenderer {

	private static final String ARABIC = "Noto Naskh Arabic";

	private static final String LATIN = "Noto Sans";

	private static final java.util.regex.Pattern BIDI_MARKS = java.util.regex.Pattern.compile("[\u200E\u200F\u061C]");

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	PdfRenderer(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	/**
	 * Renders in the given language, from a request or from a background thread alike:
	 * the template may use message keys and beans such as {@code @fmt}, which format in
	 * that language.
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		String html;
		try {
			LocaleContextHolder.setLocale(locale);
			html = templates.process(template, context);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
		// the directional marks ICU writes around "%" and signs in Arabic guide a
		// browser's
		// bidi; the PDF lays out with ICU's bidi itself, where they only print as stray
		// marks
		html = BIDI_MARKS.matcher(html).replaceAll("");
		boolean rtl = "ar".equals(locale.getLanguage());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(
					rtl ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
			font(builder, "NotoNaskhArabic-Regular.ttf", ARABIC, 400);
			font(builder, "NotoNaskhArabic-Bold.ttf", ARABIC, 700);
			font(builder, "NotoSans-Regular.ttf", LATIN, 400);
			font(builder, "NotoSans-Bold.ttf", LATIN, 700);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return LinkDescriptions.added(out.toByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException("PDF rendering failed for " + template, ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
		builder.useFont(() -> open(file), family, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
	}

	private static InputStream open(String file) {
		InputStream input = PdfRenderer.class.getResourceAsStream("/fonts/pdf/" + file);
		if (input == null) {
			throw new IllegalStateException("font missing: " + file);
		}
		return input;
	}

}
