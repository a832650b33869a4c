package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.audit.AuditLog;
import org.sawa.audit.Corrections;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A body's contact details are corrected from the browser by those who keep them (an
 * administrator of its territory or its information officers), each mistake refused at
 * its field with nothing written; the body's page shows the new details and says when and
 * what was corrected, and the audit log holds before and after.
 */
@SawaTest
class BodyCorrectionHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	InfoBodies bodies;

	@Autowired
	Corrections corrections;

	@Autowired
	AuditLog audit;

	@Test
	void an_administrator_corrects_a_body_s_contact_details() {
		InfoBody body = bodies.byCode("MA-11").orElseThrow();
		String page = "/information/bodies/MA-11/correct";
		Browser citizen = new Browser(port).acceptLanguage("fr");
		citizen.signIn("citizen@sawa.demo", People.PASSWORD);
		assertThat(citizen.get(page).statusCode()).isEqualTo(403);

		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", People.PASSWORD);
		assertThat(admin.get("/information/bodies/MA-11").body()).contains(page);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name_ar", body.nameAr());
		form.put("name_fr", "X");
		form.put("name_en", body.nameEn());
		form.put("name_zgh", body.nameZgh());
		form.put("email", "bureau-ordre[at]region");
		form.put("phone", "05 28 99 12 34");
		form.put("address", "Avenue de la Mecque, Laâyoune");
		form.put("reason", "Nouveau numéro");
		HttpResponse<String> refused = admin.submit(page, page, form);
		assertThat(refused.body()).contains("id=\"name_fr-error\"", "id=\"email-error\"");
		assertThat(bodies.byId(body.id()).orElseThrow().phone()).as("nothing written").isEqualTo(body.phone());

		form.put("name_fr", body.nameFr());
		form.put("email", "bureau.ordre@region-laayoune.ma");
		HttpResponse<String> saved = admin.submit(page, page, form);
		assertThat(saved.statusCode()).isEqualTo(302);
		InfoBody after = bodies.byId(body.id()).orElseThrow();
		assertThat(after.phone()).isEqualTo("05 28 99 12 34");
		assertThat(after.email()).isEqualTo("bureau.ordre@region-laayoune.ma");
		assertThat(corrections.of(BodyCorrections.subject(body))).singleElement()
			.satisfies(c -> assertThat(c.reason()).isEqualTo("Nouveau numéro"));
		assertThat(audit.forSubject("info_body:MA-11")).extracting(e -> e.action()).containsExactly("record.corrected");

		String shown = new Browser(port).acceptLanguage("fr").get("/information/bodies/MA-11").body();
		assertThat(shown).contains("05 28 99 12 34", "bureau.ordre@region-laayoune.ma", "Corrigé le", "Nouveau numéro",
				"Téléphone");
	}

}
