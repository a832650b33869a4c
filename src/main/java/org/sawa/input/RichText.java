package org.sawa.input;

import java.util.Set;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What residents write with a little formatting (a proposal, later a report or a budget
 * proposal): paragraphs, line breaks, bold, italics, lists and links, typed as a small
 * Markdown subset so that a phone without a rich editor and a page without JavaScript
 * work alike. Any HTML a person types is shown as text, never run; the HTML made from the
 * text then goes through the OWASP sanitiser with a policy of those few elements (links
 * only to http, https and mailto, marked nofollow), so that a mistake in the rendering
 * cannot let markup through either (ADR 0027).
 */
public final class RichText {

	private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>")
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	/** The elements a rendered text may hold, and nothing else. */
	public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "em", "ul", "ol", "li", "a")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelNofollowOnLinks()
		.allowAttributes("start")
		.matching(java.util.regex.Pattern.compile("[0-9]{1,4}"))
		.onElements("ol")
		.toFactory();

	private RichText() {
	}

	/** The text as safe HTML, ready to be shown as it is. */
	public static String html(String source) {
		return POLICY.sanitize(HTML.render(PARSER.parse(source == null ? "" : source)));
	}

	/**
	 * The text without its formatting, on one line, cut at about {@code max} characters
	 * (at a space when there is one) with an ellipsis: for lists and search results.
	 */
	public static String excerpt(String source, int max) {
		String plain = TEXT.render(PARSER.parse(source == null ? "" : source)).replaceAll("\\s+", " ").strip();
		if (Texts.length(plain) <= max) {
			return plain;
		}
		int end = plain.offsetByCodePoints(0, max);
		int space = plain.lastIndexOf(' ', end);
		return plain.substring(0, space > max / 2 ? space : end).strip() + "…";
	}

}
