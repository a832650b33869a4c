package org.sawa.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.storage.PhotosTest;
import org.sawa.support.Browser;
import org.sawa.support.Mailbox;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident without an account reports a broken water point in Arabic with a phone
 * photo: the photo is kept without the place her phone wrote in it, she gets a tracking
 * number and a link by mail (real SMTP), and her e-mail and phone never appear on the
 * public page, in the API, in Open311 nor in the audit log. Every mistake is shown at its
 * field and writes nothing; the same form sent twice files one report; a report already
 * made there is offered to follow instead.
 */
@SawaTest
class FeedbackHttpTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	static final Pattern REPORT = Pattern
		.compile("/feedback/reports/(S-\\d{4}-\\d{5})(?:\\?filed&key=([A-Za-z0-9]+))?");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	static Map<String, String> waterPoint(String commune) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("category", "water_point");
		form.put("commune", commune);
		form.put("submission", UUID.randomUUID().toString());
		form.put("description", "السقاية معطلة منذ أسبوع والنساء يجلبن الماء من الوادي.");
		form.put("place", "قرب مدرسة الدوار");
		form.put("contactEmail", "amina.tanant@example.ma");
		form.put("contactPhone", "0612345678");
		form.put("sex", "female");
		form.put("ageBand", "25-34");
		form.put("area", "rural");
		form.put("disability", "no");
		return form;
	}

	static final String STEP2 = "/feedback/new?category=water_point&commune=MA-AZI-07&next=1";

	@Test
	void without_an_account_in_arabic_with_a_photo_she_gets_a_number_and_a_link_and_stays_private() throws Exception {
		Browser amina = new Browser(port).acceptLanguage("ar");
		String first = amina.get("/feedback/new").body();
		assertThat(first).contains("الخطوة 1 من 2", "id=\"category-water_point\"");
		assertThat(amina.get("/feedback/new?q=%D8%AA%D9%86%D8%A7%D9%86%D8%AA").body()).contains("commune-MA-AZI-07");
		Map<String, String> form = waterPoint("MA-AZI-07");
		HttpResponse<String> sent = amina.upload(STEP2, "/feedback/new", form, "photos", "IMG_2041.jpg",
				PhotosTest.jpegWithLocation());
		assertThat(sent.statusCode()).isEqualTo(302);
		Matcher found = REPORT
			.matcher(URLDecoder.decode(sent.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8));
		assertThat(found.find()).isTrue();
		String number = found.group(1);
		String key = found.group(2);
		assertThat(key).hasSize(40);
		String page = amina.follow(sent).body();
		assertThat(page).contains(number, "تم إرسال بلاغك", "احتفظ بهذا الرابط", "/photos/", "قرب مدرسة الدوار",
				"الإشعار بالتوصل قبل");

		// the same form again (a double tap on a slow line) files nothing more
		long before = count();
		assertThat(amina.upload(STEP2, "/feedback/new", form, "photos", "IMG_2041.jpg", PhotosTest.jpegWithLocation())
			.headers()
			.firstValue("Location")
			.orElseThrow()).contains(number);
		assertThat(count()).isEqualTo(before);

		byte[] stored = jdbc.sql("""
				SELECT f.content FROM stored_file f JOIN feedback_photo p ON p.file_id = f.id
				JOIN feedback_report r ON r.id = p.report_id WHERE r.number = :n""")
			.param("n", number)
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude", "Amina", "Exif");

		org.awaitility.Awaitility.await().until(() -> !Mailbox.to(mail, "amina.tanant@example.ma").isEmpty());
		String receipt = Mailbox.to(mail, "amina.tanant@example.ma").get(0);
		assertThat(receipt).contains("توصلنا ببلاغك " + number, "/feedback/reports/" + number + "?key=" + key);

		// her link shows her own forms; without it, the page is public and says nothing
		// of her
		assertThat(amina.get("/feedback/reports/" + number + "?key=" + key).body()).contains("id=\"details-details\"");
		Browser anyone = new Browser(port).acceptLanguage("fr");
		String publicPage = anyone.get("/feedback/reports/" + number).body();
		assertThat(publicPage).contains(number, "borne-fontaine").doesNotContain("id=\"details-details\"");
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.get("/feedback/reports/" + number).body()).contains("amina.tanant@example.ma", "0612345678");
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", People.PASSWORD);
		// the JSON answers as a client asks for them (a page's Accept gets no JSON to
		// search)
		Browser client = new Browser(port).accept("application/json");
		String api = client.get("/api/v1/feedback/reports?territory=MA-AZI-07").body();
		String figures = client.get("/feedback/statistics.json?territory=MA-AZI-07").body();
		assertThat(api).contains(number);
		assertThat(figures).contains("\"territory\":\"MA-AZI-07\"");
		for (String open : List.of(publicPage, anyone.get("/feedback?territory=MA-AZI-07").body(), api,
				anyone.get("/api/v1/feedback/reports.csv?territory=MA-AZI-07").body(),
				anyone.get("/open311/v2/requests.json?service_request_id=" + number).body(),
				anyone.get("/open311/v2/requests.xml?jurisdiction_id=MA-AZI-07").body(), figures,
				admin.get("/admin/audit").body(),
				String.join("\n", jdbc.sql("SELECT details FROM audit_entry").query(String.class).list()))) {
			assertThat(open).doesNotContain("amina.tanant").doesNotContain("0612345678");
		}
		assertThat(anyone.get("/open311/v2/requests.json?service_request_id=" + number).body()).contains(number,
				"\"service_code\":\"water_point\"");
	}

	@Test
	void every_mistake_is_shown_at_its_field_and_nothing_is_written() throws Exception {
		Browser someone = new Browser(port).acceptLanguage("fr");
		long before = count();
		Map<String, String> form = waterPoint("MA-AZI-07");
		form.put("category", "teleportation");
		form.put("description", "   ");
		form.put("contactEmail", "");
		form.put("contactPhone", "");
		String refused = someone
			.upload(STEP2, "/feedback/new", form, "photos", "photo.jpg",
					"<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))
			.body();
		assertThat(refused).contains("id=\"category-error\"", "id=\"description-error\"", "id=\"contactEmail-error\"",
				"id=\"photos-error\"", "Choisissez de quoi il s’agit.",
				"Le fichier photo.jpg n’est pas une photo JPEG ou PNG.");
		form = waterPoint("MA-AZI-07");
		byte[] huge = new byte[6 * 1024 * 1024];
		System.arraycopy(PhotosTest.picture("jpg"), 0, huge, 0, PhotosTest.picture("jpg").length);
		assertThat(someone.upload(STEP2, "/feedback/new", form, "photos", "big.jpg", huge).body())
			.contains("La photo big.jpg est trop lourde : 5 Mo au plus.");
		form.put("commune", "MA-05");
		assertThat(someone.upload(STEP2, "/feedback/new", form, "photos", "", null).body())
			.contains("id=\"commune-error\"");
		assertThat(count()).isEqualTo(before);
		assertThat(someone.get("/feedback/new?next=1").body()).contains("id=\"category-error\"",
				"id=\"commune-error\"");
	}

	@Test
	void a_problem_already_reported_there_is_offered_to_follow_instead() {
		Browser first = new Browser(port).acceptLanguage("fr");
		Map<String, String> form = waterPoint("MA-BEM-11");
		form.put("description", "Le robinet de la borne-fontaine du centre est cassé depuis lundi.");
		String location = first
			.upload("/feedback/new?category=water_point&commune=MA-BEM-11&next=1", "/feedback/new", form, "photos", "",
					null)
			.headers()
			.firstValue("Location")
			.orElseThrow();
		Matcher found = REPORT.matcher(location);
		assertThat(found.find()).isTrue();
		String second = new Browser(port).acceptLanguage("fr")
			.get("/feedback/new?category=water_point&commune=MA-BEM-11&next=1")
			.body();
		assertThat(second).contains("Déjà signalé ici : le suivre plutôt ?", found.group(1),
				"Le robinet de la borne-fontaine du centre");
		assertThat(new Browser(port).get("/feedback/new?category=road&commune=MA-BEM-11&next=1").body())
			.doesNotContain(found.group(1));
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM feedback_report").query(Long.class).single();
	}

}
