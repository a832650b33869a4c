package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator imports a body's services from CSV (all or nothing, idempotent) and
 * designates its officers.
 */
@SawaTest
class InfoAdminHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	InfoBodies bodies;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	static final String HEADER = "code,territory_code,parent_code,name_ar,name_fr,name_en,name_zgh,email,phone,address\n";

	@Test
	void bodies_are_imported_all_or_nothing_and_officers_designated_among_staff() {
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", "sawa-demo-2026");
		String page = "/admin/information/bodies";
		String bad = HEADER
				+ "MA-KHN-DAF,MA-KHN,MA-KHN,مديرية الشؤون المالية,Direction des affaires financières,Financial affairs department,ⵜⴰⵎⵀⵍⴰ ⵏ ⵜⵙⵎⵉⴹⴰⵍⵜ,daf@khenifra.ma,0523000000,Khénifra\n"
				+ "MA-KHN-DRH,MA-XXX,MA-KHN,مديرية الموارد البشرية,Direction des ressources humaines,Human resources department,ⵜⴰⵎⵀⵍⴰ ⵏ ⵢⵉⴼⵓⵙⵏ,,,\n";
		HttpResponse<String> refused = admin.upload(page, page + "/import", Map.of(), "file", "bodies.csv",
				bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.body()).contains("MA-XXX");
		assertThat(bodies.byCode("MA-KHN-DAF")).as("nothing written").isEmpty();

		String good = HEADER
				+ "MA-KHN-DAF,MA-KHN,MA-KHN,مديرية الشؤون المالية,Direction des affaires financières,Financial affairs department,ⵜⴰⵎⵀⵍⴰ ⵏ ⵜⵙⵎⵉⴹⴰⵍⵜ,daf@khenifra.ma,0523000000,Khénifra\n";
		assertThat(admin
			.upload(page, page + "/import", Map.of(), "file", "bodies.csv", good.getBytes(StandardCharsets.UTF_8))
			.body()).contains("1 lignes lues, 1 ajoutées");
		InfoBody service = bodies.byCode("MA-KHN-DAF").orElseThrow();
		assertThat(service.parentId()).isEqualTo(bodies.byCode("MA-KHN").orElseThrow().id());
		assertThat(service.email()).isEqualTo("daf@khenifra.ma");
		admin.upload(page, page + "/import", Map.of(), "file", "bodies.csv", good.getBytes(StandardCharsets.UTF_8));
		assertThat(bodies.all().stream().filter(b -> b.code().equals("MA-KHN-DAF"))).as("idempotent").hasSize(1);

		long citizen = accounts.createConfirmed("dai.notstaff@example.ma", "sawa-demo-2026", "Citoyen", "fr");
		HttpResponse<String> notStaff = admin.submit(page, "/admin/information/officers",
				Map.of("body", "MA-KHN-DAF", "email", "dai.notstaff@example.ma"));
		assertThat(notStaff.body()).contains("id=\"email-error\"", "membre du personnel");
		assertThat(bodies.officers(service.id())).doesNotContain(citizen);

		accounts.grantRole(citizen, Role.STAFF, territories.byCode("MA-KHN").orElseThrow().id(), null);
		assertThat(admin
			.submit(page, "/admin/information/officers",
					Map.of("body", "MA-KHN-DAF", "email", "dai.notstaff@example.ma"))
			.statusCode()).isEqualTo(302);
		assertThat(bodies.officers(service.id())).containsExactly(citizen);
		admin.submit(page, "/admin/information/officers/withdraw",
				Map.of("body", "MA-KHN-DAF", "email", "dai.notstaff@example.ma"));
		assertThat(bodies.officers(service.id())).isEmpty();
	}

	@Autowired
	InfoRules rules;

	@Autowired
	org.sawa.calendar.WorkingDays workingDays;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void an_administrator_corrects_a_deadline_and_the_engine_follows_it() {
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", "sawa-demo-2026");
		String page = "/admin/information/rules";
		Map<String, String> form = new java.util.LinkedHashMap<>();
		for (InfoRules.Rule rule : rules.all()) {
			form.put("days." + rule.rule(), String.valueOf(rule.days()));
			form.put("unit." + rule.rule(), rule.workingDays() ? "working_days" : "days");
			form.put("article." + rule.rule(), rule.article());
			form.put("source." + rule.rule(), rule.source());
			if (rule.toConfirm()) {
				form.put("confirm." + rule.rule(), "true");
			}
		}
		java.time.LocalDate receipt = java.time.LocalDate.parse("2026-11-02");
		InfoDeadlines.Facts facts = new InfoDeadlines.Facts(receipt, false, null, java.util.List.of(), null, null, null,
				null);
		try {
			form.put("days.answer", "vingt");
			HttpResponse<String> refused = admin.submit(page, page, form);
			assertThat(refused.body()).contains("id=\"days-answer-error\"", "Saisissez un nombre de 0 à 365");
			assertThat(rules.deadlines().answerDue(facts)).isEqualTo("2026-12-02");

			form.put("days.answer", "25");
			assertThat(admin.submit(page, page, form).statusCode()).isEqualTo(302);
			assertThat(rules.deadlines().answerDue(facts)).isEqualTo(workingDays.deadline(receipt, 25));
		}
		finally {
			form.put("days.answer", "20");
			admin.submit(page, page, form);
		}
		assertThat(rules.deadlines().answerDue(facts)).isEqualTo("2026-12-02");
	}

	@Test
	void the_clarification_pause_is_said_to_be_sawa_s_convention_and_an_administrator_may_switch_it_off() {
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", "sawa-demo-2026");
		String page = "/admin/information/rules";
		assertThat(admin.get(page).body()).contains("C’est une convention de Sawa, pas une règle de la loi 31-13",
				"Actuellement : le délai s’arrête pendant que le demandeur précise.");
		java.time.LocalDate receipt = java.time.LocalDate.parse("2026-11-02");
		InfoDeadlines.Facts paused = new InfoDeadlines.Facts(receipt, false, null,
				java.util.List.of(new org.sawa.calendar.WorkingDayCalendar.Pause(
						java.time.LocalDate.parse("2026-11-05"), java.time.LocalDate.parse("2026-11-10"))),
				null, null, null, null);
		assertThat(rules.deadlines().answerDue(paused)).isEqualTo("2026-12-04");
		try {
			assertThat(admin.submit(page, page + "/pauses", Map.of("enabled", "false")).statusCode()).isEqualTo(302);
			assertThat(rules.clarificationPauses()).isFalse();
			assertThat(rules.deadlines().answerDue(paused)).as("the clock ran on").isEqualTo("2026-12-02");
			assertThat(admin.get(page).body())
				.contains("Actuellement : le délai court pendant que le demandeur précise.");
			assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = 'info_setting:clarification_pauses'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			admin.submit(page, page + "/pauses", Map.of("enabled", "true"));
		}
		assertThat(rules.deadlines().answerDue(paused)).isEqualTo("2026-12-04");
	}

}
