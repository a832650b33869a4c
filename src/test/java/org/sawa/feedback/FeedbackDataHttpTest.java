package org.sawa.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sawa.account.DemographicSnapshot;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * How bodies answer, in public and as open data: a commune's reports counted by body,
 * category and channel with the share acknowledged and answered within the targets (in
 * working days), the median days, resolution and satisfaction; who reports, with groups
 * under five people not shown; the same as JSON and CSV; Open311 GeoReport v2 in JSON and
 * XML, its errors in its own shape. Administrators keep the categories in four languages.
 */
@SawaTest
class FeedbackDataHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	FeedbackFiling filing;

	@Autowired
	FeedbackSteps steps;

	@Autowired
	Reports reports;

	@Autowired
	People people;

	@Autowired
	ObjectMapper json;

	private long file(LocalDate on, String category, String channel, String sex) {
		long staff = people.demo("staff");
		FeedbackFiling.NewReport report = new FeedbackFiling.NewReport(category, "MA-AZI-08", "", "",
				"Un problème signalé pour compter les délais de réponse.", "fr", false, "", "0611223344", List.of(),
				new DemographicSnapshot(sex, "35-44", "no", "rural"));
		return MovableClock.INSTANCE.during(on, () -> reports
			.byNumber(filing.fileForCaller(report, channel, LocalDate.now(MovableClock.INSTANCE), staff).number())
			.orElseThrow()
			.id());
	}

	private void on(LocalDate day, Runnable step) {
		MovableClock.INSTANCE.during(day, step);
	}

	@Test
	void a_communes_figures_count_what_was_answered_in_time_and_hide_small_groups() throws Exception {
		long staff = people.demo("staff");
		// a Monday, weeks ago: the targets are 3 and 20 working days for a road
		LocalDate monday = MovableClock.today().minusWeeks(10).with(java.time.DayOfWeek.MONDAY);
		long quick = file(monday, "road", "phone", "female");
		on(monday.plusDays(1), () -> steps.acknowledge(quick, staff, "", null));
		on(monday.plusDays(3), () -> steps.answer(quick, staff, "La piste est réparée.", null));
		on(monday.plusDays(4), () -> steps.close(quick, staff, "resolved", "", null, null));
		long slow = file(monday, "road", "paper", "male");
		on(monday.plusDays(10), () -> steps.acknowledge(slow, staff, "", null));
		on(monday.plusDays(42), () -> steps.answer(slow, staff, "Travaux faits, avec retard.", null));
		on(monday.plusDays(42),
				() -> steps.close(slow, staff, "not_resolved", "Le budget manque pour finir.", null, null));
		long waiting = file(monday, "lighting", "phone", "male");
		assertThat(reports.byId(waiting).orElseThrow().lateOn(MovableClock.today())).isTrue();

		Browser anyone = new Browser(port).acceptLanguage("fr").accept("application/json");
		JsonNode figures = json
			.readTree(anyone.get("/feedback/statistics.json?territory=MA-AZI-08&from=" + monday.minusDays(1)).body());
		JsonNode total = figures.get("total");
		assertThat(total.get("received").asLong()).isEqualTo(3);
		assertThat(total.get("acknowledgedInTime").asLong()).isEqualTo(1);
		assertThat(total.get("answered").asLong()).isEqualTo(2);
		assertThat(total.get("answeredInTime").asLong()).isEqualTo(1);
		assertThat(total.get("medianDays").asDouble()).isEqualTo(22.5);
		assertThat(total.get("resolved").asLong()).isEqualTo(1);
		assertThat(total.get("lateNow").asLong()).isEqualTo(1);
		// the one never acknowledged nor answered counts against the body
		assertThat(total.get("acknowledgeOverdue").asLong()).isEqualTo(1);
		assertThat(total.get("answerOverdue").asLong()).isEqualTo(1);
		assertThat(figures.get("byChannel").findValuesAsString("code")).containsExactly("phone", "paper");
		assertThat(figures.get("byBody").get(0).get("names").get("ar").asString()).contains("آيت امحمد");
		// three people: no group of one to four of them is shown
		JsonNode who = figures.get("whoReports");
		assertThat(who.findValues("participants")).isNotEmpty()
			.allMatch(v -> v.isNull() || v.asLong() == 0 || v.asLong() >= 5)
			.anyMatch(JsonNode::isNull);

		String csv = new Browser(port).get("/feedback/statistics.csv?territory=MA-AZI-08&from=" + monday.minusDays(1))
			.body();
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("grouped_by,code,name_fr,received");
		assertThat(csv).contains("channel,phone,,2,1,1,1,1,3.0,1,1,0,0,1,0,1,1", "commune,MA-AZI-08,");

		String page = new Browser(port).acceptLanguage("ar")
			.get("/feedback/statistics?territory=MA-AZI-08&from=" + monday.minusDays(1))
			.body();
		assertThat(page).contains("كيف تجيب الهيئات عن البلاغات", "حسب الهيئة", "من يبلّغ", "33,3‎%‎", "22,5");
	}

	@Test
	void open311_clients_read_services_and_requests_in_json_and_xml() throws Exception {
		long id = file(MovableClock.today().minusDays(3), "market", "counter", "female");
		String number = reports.byId(id).orElseThrow().number();
		Browser client = new Browser(port).acceptLanguage("fr").accept("application/json");
		JsonNode services = json.readTree(client.get("/open311/v2/services.json?jurisdiction_id=MA-05").body());
		assertThat(services.findValuesAsString("service_code")).contains("water_point", "road", "health_centre");
		assertThat(services.get(0).get("type").asString()).isEqualTo("realtime");
		JsonNode requests = json
			.readTree(client.get("/open311/v2/requests.json?jurisdiction_id=MA-AZI-08&service_code=market&status=open")
				.body());
		assertThat(requests.findValuesAsString("service_request_id")).containsExactly(number);
		JsonNode request = requests.get(0);
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("agency_responsible").asString()).contains("Aït M'hamed");
		assertThat(request.get("address_id").asString()).isEqualTo("MA-AZI-08");
		assertThat(request.get("requested_datetime").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d\\d:\\d\\d|.*Z");

		String xml = client.accept("text/xml").get("/open311/v2/requests/" + number + ".xml").body();
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getNodeName()).isEqualTo("service_requests");
		assertThat(document.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(number);
		assertThat(xml).doesNotContain("0611223344");

		var missing = client.accept("application/json").get("/open311/v2/requests.json?jurisdiction_id=XX-99");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(json.readTree(missing.body()).get(0).get("code").asInt()).isEqualTo(404);
		assertThat(client.get("/open311/v2/requests.json?status=pending").statusCode()).isEqualTo(400);
		assertThat(client.get("/open311/v2/discovery.json").body()).contains("GeoReport_v2");
	}

	@Test
	void administrators_keep_the_categories_in_four_languages_and_their_routes() {
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", People.PASSWORD);
		Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("code", "Stray Dogs");
		form.put("about", "service");
		form.put("name_ar", "");
		form.put("name_fr", "Chiens errants");
		form.put("name_en", "Stray dogs");
		form.put("name_zgh", "ⵉⵇⵊⵉⵏ");
		form.put("competence", "commune");
		form.put("acknowledgeDays", "5");
		form.put("answerDays", "2");
		form.put("active", "true");
		String refused = admin.submit("/admin/feedback", "/admin/feedback/categories", form).body();
		assertThat(refused).contains("id=\"code-error\"", "id=\"name_ar-error\"", "id=\"answerDays-error\"");
		form.put("code", "stray_dogs");
		form.put("name_ar", "الكلاب الضالة");
		form.put("answerDays", "15");
		assertThat(admin.submit("/admin/feedback", "/admin/feedback/categories", form).statusCode()).isEqualTo(302);
		assertThat(new Browser(port).acceptLanguage("ar").get("/feedback/new").body()).contains("الكلاب الضالة");
		assertThat(admin
			.submit("/admin/feedback", "/admin/feedback/routes",
					Map.of("category", "stray_dogs", "territory", "XX", "body", "NOPE"))
			.body()).contains("id=\"route-territory-error\"", "id=\"route-body-error\"");
		admin.submit("/admin/feedback", "/admin/feedback/routes",
				Map.of("category", "stray_dogs", "territory", "MA-AZI", "body", "MA-AZI"));
		long person = people.resident(people.address("dogs"), "male", 1970, "MA-AZI-09");
		String number = filing
			.file(new FeedbackFiling.NewReport("stray_dogs", "MA-AZI-09", "", "",
					"Une meute de chiens errants près de l'école.", "fr", false, "", "", List.of(), null), person, null)
			.number();
		assertThat(reports.byNumber(number).orElseThrow().bodyId()).isEqualTo(jdbcBody("MA-AZI"));
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.get("/admin/feedback").statusCode()).isEqualTo(403);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private Long jdbcBody(String code) {
		return jdbc.sql("SELECT id FROM info_body WHERE code = :c").param("c", code).query(Long.class).single();
	}

}
