package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;

/**
 * A citizen on a 360 px phone who has never heard of Sawa: in Arabic, her commune is
 * three taps from the home page and its page leads to its council, petitions and figures;
 * the header is one line with 44 px targets; in French without JavaScript, the search
 * finds the commune and the menu opens. No page is wider than the phone.
 */
@SawaTest
class PhoneJourneyBrowserTest extends BrowserSupport {

	@Test
	void in_arabic_her_commune_is_three_taps_from_the_home_page() {
		usePhone();
		page.navigate(url("/?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(page.locator("header.site-header").boundingBox().height).as("the header is one line")
			.isLessThanOrEqualTo(64);
		for (String target : new String[] { "details.menu > summary", "details.languages > summary", "a.brand" }) {
			assertThat(page.locator(target).boundingBox().height).as(target).isGreaterThanOrEqualTo(44);
		}
		assertFitsWidth("home, Arabic");
		screenshot("ar-phone-home");
		page.click("main .cards a[href='/territories/MA-05']");
		page.click("main .cards a[href='/territories/MA-BEM']");
		page.click("main .cards a[href='/territories/MA-BEM-07']");
		assertThat(page.locator("h1").textContent()).isEqualTo("ناوور");
		for (String link : new String[] { "/councils/MA-BEM-07", "/petitions?territory=MA-BEM-07",
				"/information/new?body=MA-BEM-07", "/territories/MA-BEM-07/indicators" }) {
			assertThat(page.locator("ul.hub a[href='" + link + "']").isVisible()).as(link).isTrue();
		}
		assertFitsWidth("commune, Arabic");
		screenshot("ar-phone-commune");
		assertAccessible("commune on a phone, Arabic");
		page.click("details.menu > summary");
		assertThat(page.locator("details.menu a[href='/petitions']").isVisible()).isTrue();
		screenshot("ar-phone-menu");
		assertAccessible("open menu on a phone, Arabic");
	}

	@Test
	void in_french_without_javascript_the_search_finds_the_commune_and_the_menu_opens() {
		usePhone(false);
		page.navigate(url("/?lang=fr"));
		page.fill("#q", "naour");
		page.click("form[role=search] button");
		page.click("ul.found a[href='/territories/MA-BEM-07']");
		assertThat(page.locator("h1").textContent()).isEqualTo("Naour");
		assertThat(page.locator("details.menu a[href='/petitions']").isVisible()).as("the menu starts closed")
			.isFalse();
		page.click("details.menu > summary");
		assertThat(page.locator("details.menu a[href='/petitions']").isVisible()).isTrue();
		page.click("details.languages > summary");
		page.click("details.languages a[hreflang=ar]");
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		assertFitsWidth("commune, no JavaScript");
		screenshot("fr-phone-search-nojs");
	}

}
