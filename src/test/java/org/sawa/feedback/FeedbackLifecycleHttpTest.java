package org.sawa.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.account.DemographicSnapshot;
import org.sawa.support.Browser;
import org.sawa.support.Mailbox;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A report's life: the commune's staff acknowledge and answer in French while the person
 * is told each step in Arabic; the report is closed, rated, reopened once within 30 days
 * and not after; a report that is not the commune's is transferred with a reason the
 * person reads, and the first body's staff can no longer act on it; staff of another
 * region see nothing of it; a report no route sends anywhere waits in the triage queue,
 * never lost, until an administrator sends it; a moderator takes a phone number out of
 * the public text, audited.
 */
@SawaTest
class FeedbackLifecycleHttpTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedbackFiling filing;

	@Autowired
	FeedbackSteps steps;

	@Autowired
	Reports reports;

	@Autowired
	People people;

	/** A report filed by a resident signed in, in Arabic. */
	private String signedInReport(long person, String category, String commune, String text) {
		return filing
			.file(new FeedbackFiling.NewReport(category, commune, "", "", text, "ar", true, "", "", List.of(), null),
					person, null)
			.number();
	}

	private Browser staff(String email) {
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, People.PASSWORD);
		return browser;
	}

	@Test
	void the_commune_answers_in_french_she_is_told_in_arabic_rates_and_reopens_once() throws Exception {
		String email = people.address("khadija");
		long khadija = people.resident(email, "female", 1979, "MA-AZI-07");
		jdbc.sql("UPDATE person SET preferred_language = 'ar' WHERE id = :p").param("p", khadija).update();
		String number = signedInReport(khadija, "road", "MA-AZI-07",
				"الطريق إلى المدرسة مقطوعة بعد الأمطار ولا تمر سيارة النقل المدرسي.");
		String page = "/feedback/reports/" + number;
		Browser staff = staff("staff@sawa.demo");
		assertThat(staff.get("/feedback/queue").body()).contains(number);
		assertThat(staff.submit(page, page + "/staff/acknowledge", Map.of("note", "")).statusCode()).isEqualTo(302);
		HttpResponse<String> empty = staff.submit(page, page + "/staff/answer", Map.of("answer", "Oui"));
		assertThat(empty.body()).contains("id=\"answer-answer-error\"");
		assertThat(staff
			.submit(page, page + "/staff/answer",
					Map.of("answer", "La piste sera dégagée par la niveleuse de la commune jeudi."))
			.statusCode()).isEqualTo(302);
		assertThat(staff.submit(page, page + "/staff/close", Map.of("outcome", "not_resolved", "note", "")).body())
			.contains("id=\"close-note-error\"");
		staff.submit(page, page + "/staff/close", Map.of("outcome", "resolved", "note", "Piste dégagée."));
		Report closed = reports.byNumber(number).orElseThrow();
		assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
		assertThat(closed.acknowledgedOn()).isEqualTo(MovableClock.today());
		assertThat(closed.answeredOn()).isEqualTo(MovableClock.today());

		org.awaitility.Awaitility.await().until(() -> Mailbox.to(mail, email).size() >= 4);
		List<String> told = Mailbox.to(mail, email);
		assertThat(told).anyMatch(m -> m.contains("توصلنا ببلاغك " + number))
			.anyMatch(m -> m.contains("البلاغ " + number + ": الإشعار بالتوصل"))
			.anyMatch(m -> m.contains("La piste sera dégagée"))
			.anyMatch(m -> m.contains("تم حله") && m.contains("هل أرضاك الجواب؟"));

		Browser her = new Browser(port).acceptLanguage("ar");
		her.signIn(email, People.PASSWORD);
		assertThat(her.submit(page, page + "/rate", Map.of("why", "x")).body()).contains("id=\"rate-satisfied-error\"");
		her.submit(page, page + "/rate", Map.of("satisfied", "no", "why", "الطريق مقطوعة من جديد."));
		assertThat(her.submit(page, page + "/reopen", Map.of("why", "عادت الأوحال بعد يومين.")).statusCode())
			.isEqualTo(302);
		Report reopened = reports.byNumber(number).orElseThrow();
		assertThat(reopened.status()).isEqualTo(FeedbackStatus.REOPENED);
		assertThat(reopened.satisfied()).isFalse();
		assertThat(reopened.reopenDueOn()).isAfter(MovableClock.today());
		staff.submit(page, page + "/staff/answer", Map.of("answer", "La piste a été empierrée sur 300 mètres."));
		staff.submit(page, page + "/staff/close", Map.of("outcome", "resolved", "note", ""));
		assertThat(her.submit(page, page + "/reopen", Map.of("why", "Encore une fois, la piste est coupée.")).body())
			.contains("لا يمكن إعادة فتح بلاغ إلا مرة واحدة.");
		assertThat(her.get(page).body()).contains("الطريق مقطوعة من جديد.", "La piste a été empierrée");

		// someone else signed in: no forms, and the person's steps are refused to her
		String curious = people.address("curious");
		people.person(curious);
		Browser other = new Browser(port).acceptLanguage("fr");
		other.signIn(curious, People.PASSWORD);
		assertThat(other.get(page).body()).doesNotContain("id=\"rate-why\"");
		assertThat(other.submit(page, page + "/rate", Map.of("satisfied", "yes")).statusCode()).isEqualTo(403);
	}

	@Test
	void staff_type_a_call_ask_for_details_and_she_answers_through_her_link() {
		Browser staff = staff("staff@sawa.demo");
		Map<String, String> call = new java.util.LinkedHashMap<>();
		call.put("channel", "phone");
		call.put("receivedOn", MovableClock.today().plusDays(1).toString());
		call.put("category", "road");
		call.put("commune", "MA-AZI-07");
		call.put("language", "ar");
		call.put("description", "");
		call.put("contactEmail", "caller.tanant@example.ma");
		call.put("sex", "female");
		call.put("area", "rural");
		long before = jdbc.sql("SELECT count(*) FROM feedback_report").query(Long.class).single();
		assertThat(staff.submit("/feedback/typed", "/feedback/typed", call).body()).contains("id=\"receivedOn-error\"",
				"id=\"description-error\"");
		assertThat(jdbc.sql("SELECT count(*) FROM feedback_report").query(Long.class).single()).isEqualTo(before);
		call.put("receivedOn", MovableClock.today().toString());
		call.put("description", "اتصلت السيدة لتقول إن القنطرة الصغيرة انهارت والتلاميذ لا يستطيعون العبور.");
		assertThat(staff("staff.laayoune@sawa.demo").submit("/feedback/typed", "/feedback/typed", call).statusCode())
			.isEqualTo(403);
		HttpResponse<String> typed = staff.submit("/feedback/typed", "/feedback/typed", call);
		String number = typed.headers().firstValue("Location").orElseThrow().replaceAll(".*/reports/([^?]+).*", "$1");
		Report report = reports.byNumber(number).orElseThrow();
		assertThat(report.channel()).isEqualTo("phone");
		String page = "/feedback/reports/" + number;
		staff.submit(page, page + "/staff/ask",
				Map.of("question", "Où exactement se trouve la passerelle effondrée ?"));
		assertThat(reports.byNumber(number).orElseThrow().status()).isEqualTo(FeedbackStatus.DETAILS_ASKED);
		org.awaitility.Awaitility.await()
			.until(() -> Mailbox.to(mail, "caller.tanant@example.ma")
				.stream()
				.anyMatch(m -> m.contains("طلب توضيحات")));
		String asked = Mailbox.to(mail, "caller.tanant@example.ma")
			.stream()
			.filter(m -> m.contains("طلب توضيحات"))
			.findFirst()
			.orElseThrow();
		assertThat(asked).contains("Où exactement", "أجب في صفحة البلاغ");
		String key = asked.replaceAll("(?s).*\\?key=([0-9a-f]{40}).*", "$1");
		Browser her = new Browser(port).acceptLanguage("ar");
		assertThat(her
			.submit(page + "?key=" + key, page + "/details",
					Map.of("key", "0".repeat(40), "details", "قرب المسجد، على الطريق إلى الدوار."))
			.statusCode()).isEqualTo(403);
		assertThat(her
			.submit(page + "?key=" + key, page + "/details",
					Map.of("key", key, "details", "قرب المسجد، على الطريق إلى الدوار."))
			.statusCode()).isEqualTo(302);
		assertThat(reports.byNumber(number).orElseThrow().status()).isEqualTo(FeedbackStatus.ACKNOWLEDGED);
		org.awaitility.Awaitility.await()
			.until(() -> Mailbox.to(mail, "staff@sawa.demo")
				.stream()
				.anyMatch(m -> m.contains(number) && m.contains("معلومة جديدة")));
	}

	@Test
	void after_thirty_days_a_closed_report_is_not_reopened() {
		String email = people.address("late.reopen");
		long person = people.resident(email, "male", 1990, "MA-AZI-07");
		long staffId = people.demo("staff");
		String number = MovableClock.INSTANCE.during(MovableClock.today().minusDays(45), () -> {
			String n = signedInReport(person, "lighting", "MA-AZI-07", "Le lampadaire de la place est éteint.");
			long id = reports.byNumber(n).orElseThrow().id();
			steps.answer(id, staffId, "Ampoule changée par l'équipe technique.", null);
			steps.close(id, staffId, "resolved", "", null, null);
			return n;
		});
		Browser him = new Browser(port).acceptLanguage("fr");
		him.signIn(email, People.PASSWORD);
		String page = "/feedback/reports/" + number;
		assertThat(him.get(page).body()).doesNotContain("id=\"reopen-why\"");
		assertThat(him.submit(page, page + "/reopen", Map.of("why", "La lampe est de nouveau éteinte.")).body())
			.contains("ne peut être rouvert que dans les 30 jours");
		assertThat(reports.byNumber(number).orElseThrow().status()).isEqualTo(FeedbackStatus.CLOSED);
	}

	@Test
	void a_report_not_for_the_commune_is_transferred_with_its_reason_and_other_regions_see_nothing() {
		long person = people.resident(people.address("transfer"), "female", 1985, "MA-BEM-10");
		String number = signedInReport(person, "water_point", "MA-BEM-10",
				"La conduite d'eau potable fuit devant le dispensaire depuis trois jours.");
		Report report = reports.byNumber(number).orElseThrow();
		String page = "/feedback/reports/" + number;
		Browser laayoune = staff("staff.laayoune@sawa.demo");
		assertThat(laayoune.get("/feedback/queue").body()).doesNotContain(number);
		assertThat(laayoune.submit(page, page + "/staff/acknowledge", Map.of()).statusCode()).isEqualTo(403);
		assertThat(laayoune.get(page).body()).doesNotContain("id=\"answer-answer\"");

		// the commune's officer (not the region's staff) transfers it to the water
		// utility
		String officerEmail = people.address("officer.bem10");
		long officer = people.person(officerEmail);
		jdbc.sql("INSERT INTO info_officer (body_id, person_id) VALUES (:b, :p)")
			.param("b", report.bodyId())
			.param("p", officer)
			.update();
		Browser commune = staff(officerEmail);
		assertThat(commune.submit(page, page + "/staff/transfer", Map.of("body", "ONEE-BEM", "reason", "court")).body())
			.contains("id=\"transfer-reason-error\"");
		assertThat(commune
			.submit(page, page + "/staff/transfer",
					Map.of("body", "ONEE-BEM", "reason", "Le réseau d'eau potable de la commune est géré par l'ONEE."))
			.statusCode()).isEqualTo(302);
		Report moved = reports.byNumber(number).orElseThrow();
		assertThat(moved.bodyId()).isNotEqualTo(report.bodyId());
		assertThat(moved.status()).isEqualTo(FeedbackStatus.RECEIVED);
		assertThat(moved.acknowledgeDueOn()).isAfterOrEqualTo(MovableClock.today());
		assertThat(new Browser(port).acceptLanguage("fr").get(page).body()).contains("Transmis à un autre organisme",
				"est géré par l&#39;ONEE", "ONEE Branche Eau - Béni Mellal");
		assertThat(commune.submit(page, page + "/staff/answer", Map.of("answer", "Réponse qui n'est plus la nôtre."))
			.statusCode()).isEqualTo(403);
		assertThat(staff("staff@sawa.demo").submit(page, page + "/staff/acknowledge", Map.of()).statusCode())
			.isEqualTo(302);
	}

	@Test
	void a_report_no_route_sends_anywhere_waits_in_triage_until_an_administrator_sends_it() {
		long person = people.resident(people.address("triage"), "female", 2001, "MA-AZI-07");
		String number = signedInReport(person, "school", "MA-AZI-07",
				"Les toilettes de l'école de Tanant sont fermées depuis la rentrée.");
		Report waiting = reports.byNumber(number).orElseThrow();
		assertThat(waiting.triage()).isTrue();
		String page = "/feedback/reports/" + number;
		assertThat(new Browser(port).acceptLanguage("fr").get(page).body()).contains("En attente d’un organisme");
		Browser regionStaff = staff("staff@sawa.demo");
		assertThat(regionStaff.get("/feedback/queue").body()).doesNotContain(number);
		Browser admin = staff("admin@sawa.demo");
		assertThat(admin.get("/feedback/queue?body=triage").body()).contains(number);
		assertThat(admin.submit(page, page + "/staff/route", Map.of("body", "")).body())
			.contains("id=\"route-body-error\"");
		assertThat(admin.submit(page, page + "/staff/route", Map.of("body", "EDUC-AZI")).statusCode()).isEqualTo(302);
		Report routed = reports.byNumber(number).orElseThrow();
		assertThat(routed.triage()).isFalse();
		assertThat(routed.routedOn()).isEqualTo(MovableClock.today());
		assertThat(regionStaff.get("/feedback/queue").body()).contains(number);
	}

	@Test
	void a_moderator_takes_a_phone_number_out_of_the_public_text_audited() {
		String number = filing
			.file(new FeedbackFiling.NewReport("waste", "MA-AZI-07", "", "Place du souk",
					"Les ordures débordent. Appelez Said au 0677889900 pour plus de détails.", "fr", false,
					"said@example.ma", "", List.of(), DemographicSnapshot.notStated()), null, null)
			.number();
		String page = "/feedback/reports/" + number;
		Browser moderator = staff("moderator@sawa.demo");
		assertThat(moderator
			.submit(page, page + "/moderate/text",
					Map.of("description", "Les ordures débordent.", "place", "Place du souk", "reason", ""))
			.body()).contains("id=\"moderate-reason-error\"");
		moderator.submit(page, page + "/moderate/text", Map.of("description", "Les ordures débordent.", "place",
				"Place du souk", "reason", "Numéro de téléphone retiré."));
		String seen = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(seen).contains("Les ordures débordent.").doesNotContain("0677889900");
		Browser regionStaff = staff("staff@sawa.demo");
		assertThat(regionStaff.get(page).body()).contains("0677889900");
		assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE subject = :s AND action = 'feedback.moderated.text'")
			.param("s", "feedback:" + number)
			.query(String.class)
			.single()).isEqualTo("Numéro de téléphone retiré.");
		assertThat(regionStaff.submit(page, page + "/moderate/hide", Map.of("hide", "true", "reason", "Essai"))
			.statusCode()).isEqualTo(403);
		moderator.submit(page, page + "/moderate/hide", Map.of("hide", "true", "reason", "Propos injurieux."));
		assertThat(new Browser(port).get(page).statusCode()).isEqualTo(404);
		assertThat(new Browser(port).get("/api/v1/feedback/reports?territory=MA-AZI-07").body()).doesNotContain(number);
	}

}
