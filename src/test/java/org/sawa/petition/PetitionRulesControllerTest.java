package org.sawa.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.audit.AuditLog;
import org.sawa.support.SawaTest;
import org.sawa.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The petition rules page, at the controller level (MockMvcTester, no HTTP, no sign-in
 * form): an administrator reads each rule beside its article, a wrong value is refused
 * and nothing written, a right one is saved and audited, and nobody else reaches the
 * page. The shape a controller test of a new module copies (MockMvc does not follow the
 * forward that shows a refused form again: what that page shows is an HTTP test's).
 */
@SawaTest
class PetitionRulesControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	private String communeThresholds() {
		return jdbc.sql("SELECT value FROM petition_rule WHERE level = 'commune' AND rule = 'thresholds'")
			.query(String.class)
			.single();
	}

	@Test
	void an_administrator_reads_each_rule_beside_its_article() {
		assertThat(mvc.get().uri("/admin/petition-rules").with(signedIn.as("admin@sawa.demo"))).hasStatusOk()
			.bodyText()
			.contains("Loi organique 111-14, art. 120-122", "0:300,1000000:400,3000000:500",
					"à confirmer au Bulletin officiel");
	}

	@Test
	void a_wrong_value_is_refused_and_nothing_is_written() {
		String before = communeThresholds();
		MvcTestResult refused = mvc.post()
			.uri("/admin/petition-rules")
			.with(signedIn.as("admin@sawa.demo"))
			.param("value.commune.thresholds", "100:100,0:200")
			.param("article.commune.thresholds", "")
			.exchange();
		// the form's page is served again in the same request (@FormPage); what it shows,
		// each reason at its field, is checked over HTTP in PetitionPagesHttpTest
		assertThat(refused).hasStatusOk().hasForwardedUrl("/admin/petition-rules");
		assertThat(communeThresholds()).isEqualTo(before);
	}

	@Test
	void a_right_value_is_saved_and_audited() {
		String before = communeThresholds();
		try {
			assertThat(mvc.post()
				.uri("/admin/petition-rules")
				.with(signedIn.as("admin@sawa.demo"))
				.param("value.commune.thresholds", "0:100,40000:200")
				.param("article.commune.thresholds", "Loi organique 113-14, art. 121-125")
				.exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/petition-rules?saved");
			assertThat(communeThresholds()).isEqualTo("0:100,40000:200");
			assertThat(audit.forSubject("petition_rule:commune/thresholds")).extracting(e -> e.details())
				.contains(before + " -> 0:100,40000:200");
		}
		finally {
			jdbc.sql("UPDATE petition_rule SET value = :v WHERE level = 'commune' AND rule = 'thresholds'")
				.param("v", before)
				.update();
		}
	}

	@Test
	void a_citizen_or_a_visitor_does_not_reach_the_rules() {
		assertThat(mvc.get().uri("/admin/petition-rules").with(signedIn.as("citizen@sawa.demo")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/petition-rules")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

}
