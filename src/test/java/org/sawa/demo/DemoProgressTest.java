package org.sawa.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * While the demo's history loads in the background after a first start, every page says
 * so, in the reader's language, as a status a screen reader announces; then it stops.
 */
@SawaTest
class DemoProgressTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoProgress progress;

	@Test
	void pages_say_the_demo_is_being_prepared_until_it_is_loaded() {
		progress.preparing(true);
		try {
			for (String page : new String[] { "/?lang=fr", "/petitions?lang=fr", "/territories/MA-05?lang=fr" }) {
				assertThat(mvc.get().uri(page)).hasStatusOk()
					.bodyText()
					.contains("role=\"status\"")
					.contains("Les données de démonstration sont en préparation");
			}
			assertThat(mvc.get().uri("/?lang=ar")).bodyText().contains("يجري تحضير المعطيات التجريبية");
		}
		finally {
			progress.preparing(false);
		}
		assertThat(mvc.get().uri("/?lang=fr")).bodyText().doesNotContain("en préparation");
	}

}
