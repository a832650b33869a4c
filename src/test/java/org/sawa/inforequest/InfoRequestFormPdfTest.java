package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.sawa.support.TaggedPdf;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The paper request form renders as a tagged PDF with embedded fonts, in Arabic (shaped)
 * and in French, with the fields the law asks for, the chosen body and the deadlines from
 * the rule table.
 */
@SawaTest
class InfoRequestFormPdfTest {

	@LocalServerPort
	int port;

	private String text(String lang, String query) throws Exception {
		HttpResponse<byte[]> response = new Browser(port).download("/information/form-" + lang + ".pdf" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/info-request-form-" + lang + ".pdf"),
				response.body());
		return TaggedPdf.text(response.body(), lang);
	}

	@Test
	void the_french_form_asks_what_the_law_asks_and_states_the_deadlines() throws Exception {
		String text = text("fr", "?body=MA-BEM-07");
		assertThat(text).contains("Demande d'accès à l'information", "Conseil de la commune Naour", "Prénom",
				"Adresse postale", "Numéro de CNIE ou de titre de séjour", "Consultation sur place", "Demande urgente",
				"dans les 20 jours ouvrables", "Réservé à l'organisme");
	}

	@Test
	void the_arabic_form_is_shaped_right_to_left() throws Exception {
		String text = text("ar", "");
		assertThat(text).contains("طلب الحصول على المعلومات", "العنوان البريدي", "التاريخ والتوقيع", "خاص بالهيئة");
	}

}
