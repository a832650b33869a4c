package org.sawa.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A resident's formatted text: the few formats the hint promises work, and whatever
 * markup she types is shown as text and never reaches the page as markup.
 */
class RichTextTest {

	@Test
	void paragraphsBoldItalicListsAndLinksAreKept() {
		String html = RichText.html("""
				Une **piste** cyclable et un *marché*.
				Deuxième ligne.

				- eau potable
				- école

				Voir [le plan](https://example.org/plan).""");
		assertThat(html).contains("<strong>piste</strong>", "<em>marché</em>", "<br />", "<li>eau potable</li>")
			.contains("<a href=\"https://example.org/plan\" rel=\"nofollow\">le plan</a>");
	}

	@Test
	void typedMarkupIsShownAsTextNeverRun() {
		String html = RichText.html("<script>alert(1)</script> <img src=x onerror=alert(2)> <b>gras</b>");
		assertThat(html).doesNotContain("<script", "<img", "<b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;b&gt;gras&lt;/b&gt;");
	}

	@Test
	void dangerousLinksLoseTheirTarget() {
		assertThat(RichText.html("[clic](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)"))
			.doesNotContain("javascript:", "data:text");
		assertThat(RichText.html("![photo](https://example.org/x.png)")).doesNotContain("<img");
	}

	@Test
	void headingsAndCodeBlocksAreNotFormats() {
		String html = RichText.html("# Titre\n\n    code");
		assertThat(html).doesNotContain("<h1", "<pre", "<code").contains("# Titre");
	}

	@Test
	void anExcerptIsPlainTextCutAtAWord() {
		assertThat(RichText.excerpt("Un **marché** couvert\n\n- pour les femmes\n- et les jeunes", 200))
			.isEqualTo("Un marché couvert - pour les femmes - et les jeunes");
		assertThat(RichText.excerpt("مسار للدراجات على طول الطريق الرئيسية للمدينة", 20)).endsWith("…")
			.hasSizeLessThanOrEqualTo(21);
	}

}
