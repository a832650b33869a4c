package org.sawa.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.event.internal.EventReminders;
import org.sawa.support.Browser;
import org.sawa.support.Mailbox;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff schedule an event (every mistake shown at its field, nothing written); residents
 * register with the needs they ask for until the places run out, change them or cancel,
 * each step confirmed by e-mail (real SMTP, GreenMail) and reminded the day before; the
 * event is in any calendar application through its iCalendar file and the territory's
 * feed (read back with ical4j); a cancelled event tells those registered why.
 */
@SawaTest
class EventHttpTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Events events;

	@Autowired
	EventReminders reminders;

	@Test
	void staff_schedule_an_event_every_mistake_at_its_field_and_markup_stays_text() {
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("territory", "MA-05");
		form.put("kind", "forum");
		form.put("language", "fr");
		form.put("title", "Fo");
		form.put("description", "Trop court.");
		form.put("startsOn", MovableClock.today().plusDays(20).toString());
		form.put("startsAt", "15:00");
		form.put("endsAt", "10:00");
		form.put("place", "");
		form.put("onlineUrl", "javascript:alert(1)");
		form.put("capacity", "x");
		form.put("repeat", "quarter");
		form.put("occurrences", "40");
		long before = count();
		String refused = staff.submit("/events/new", "/events/new", form).body();
		assertThat(refused).contains("id=\"title-error\"", "id=\"description-error\"", "id=\"endsAt-error\"",
				"id=\"onlineUrl-error\"", "id=\"capacity-error\"", "id=\"occurrences-error\"",
				"Donnez un lien commençant par https://.");
		assertThat(count()).isEqualTo(before);

		form.put("title", "Forum <b>citoyen</b> de la région");
		form.put("description", "Un forum pour faire le point sur le plan régional avec les associations.");
		form.put("endsAt", "18:00");
		form.put("place", "Salle des fêtes, Béni Mellal");
		form.put("onlineUrl", "https://meet.example.ma/forum");
		form.put("capacity", "120");
		form.put("signLanguage", "true");
		form.put("registration", "true");
		form.put("occurrences", "4");
		HttpResponse<String> done = staff.submit("/events/new", "/events/new", form);
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(count()).isEqualTo(before + 4);
		String page = staff.follow(done).body();
		assertThat(page)
			.contains("Forum &lt;b&gt;citoyen&lt;/b&gt; de la région", "La rencontre est programmée.",
					"Interprétation en langue des signes", "120 places, 120 restantes", "Autres dates de cette série")
			.doesNotContain("<b>citoyen</b>");

		Browser resident = new Browser(port).acceptLanguage("fr");
		String email = people.address("not.staff");
		people.person(email);
		resident.signIn(email, People.PASSWORD);
		assertThat(resident.get("/events/new").statusCode()).isEqualTo(403);
	}

	@Test
	void residents_register_with_their_needs_until_the_places_run_out_and_are_told_by_mail() throws Exception {
		Event event = ScheduledEvents.workshop(events, people, "Atelier sur l’eau potable à Naour", 10, 2);
		String page = "/events/" + event.id();
		String amina = people.address("amina");
		people.resident(amina, "female", 1990, "MA-BEM-07");
		Browser a = new Browser(port).acceptLanguage("fr");
		a.signIn(amina, People.PASSWORD);
		HttpResponse<String> registered = a.submit(page, page + "/register",
				Map.of("need", "sign_language\u0000childcare", "otherNeed", "Je viens avec ma fille de 4 ans."));
		assertThat(registered.headers().firstValue("Location").orElseThrow()).contains("?registered");
		assertThat(a.get(page).body()).contains(
				"Vous êtes inscrite ou inscrit, et avez demandé : Interprétation en langue des signes, Garde d’enfants.",
				"2 places, 1 restantes");
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		String confirmation = Mailbox.to(mail, amina).get(0);
		assertThat(confirmation).contains("Inscription : Atelier sur l’eau potable à Naour",
				"/events/" + event.id() + "/calendar.ics", "Accès sans marche");

		assertThat(a.submit(page, page + "/register", Map.of("need", "teleportation")).body())
			.contains("id=\"needs-error\"");

		Browser b = signedIn(people.address("badr"));
		assertThat(b.submit(page, page + "/register", Map.of()).statusCode()).isEqualTo(302);
		Browser c = signedIn(people.address("chama"));
		String full = c.submit(page, page + "/register", Map.of()).body();
		assertThat(full).contains("Toutes les places sont prises.");
		assertThat(places(event)).isEqualTo(2);

		// changing one's needs takes no second place; cancelling frees one
		assertThat(a.submit(page, page + "/register", Map.of("need", "step_free"))
			.headers()
			.firstValue("Location")
			.orElseThrow()).contains("?updated");
		assertThat(places(event)).isEqualTo(2);
		assertThat(a.submit(page, page + "/unregister", Map.of()).statusCode()).isEqualTo(302);
		assertThat(c.submit(page, page + "/register", Map.of()).statusCode()).isEqualTo(302);
		assertThat(places(event)).isEqualTo(2);

		Browser staff = signedIn("staff@sawa.demo");
		String door = staff.get(page + "/attendance").body();
		assertThat(door).contains("badr", "chama").doesNotContain(">amina");
		assertThat(signedIn("staff.laayoune@sawa.demo").get(page + "/attendance").statusCode()).isEqualTo(403);
	}

	@Test
	void the_day_before_each_person_registered_is_reminded_once_and_a_cancellation_tells_them_why() {
		Event event = ScheduledEvents.workshop(events, people, "Atelier des jeunes de Kasba Tadla", 5, null);
		String page = "/events/" + event.id();
		String youssef = people.address("youssef");
		Browser y = signedIn(youssef);
		y.submit(page, page + "/register", Map.of());
		try {
			// two days before it starts, then twelve hours before, whatever the hour the
			// test runs at
			MovableClock.INSTANCE
				.advance(Duration.between(MovableClock.INSTANCE.instant(), event.startsAt().minus(Duration.ofDays(2))));
			assertThat(reminders.remind()).isZero();
			MovableClock.INSTANCE.advance(Duration.ofHours(36));
			assertThat(reminders.remind()).isEqualTo(1);
			assertThat(reminders.remind()).isZero();
		}
		finally {
			MovableClock.INSTANCE.reset();
		}
		Awaitility.await()
			.untilAsserted(() -> assertThat(Mailbox.to(mail, youssef)).anyMatch(m -> m.startsWith("Rappel : ")));

		Browser staff = signedIn("staff@sawa.demo");
		assertThat(staff.submit(page, page + "/cancel", Map.of("reason", "")).body()).contains("id=\"reason-error\"");
		assertThat(staff.submit(page, page + "/cancel", Map.of("reason", "La salle est fermée pour travaux."))
			.statusCode()).isEqualTo(302);
		Awaitility.await()
			.untilAsserted(() -> assertThat(Mailbox.to(mail, youssef))
				.anyMatch(m -> m.startsWith("Annulée : ") && m.contains("La salle est fermée pour travaux.")));
		assertThat(new Browser(port).acceptLanguage("fr").get(page).body()).contains("Annulé le",
				"La salle est fermée pour travaux.");
		assertThat(signedIn(people.address("late")).submit(page, page + "/register", Map.of()).body())
			.contains("Cette rencontre est annulée.");
	}

	@Test
	void an_event_and_a_territory_feed_read_back_as_icalendar() throws Exception {
		Event event = ScheduledEvents.event(events, people, "workshop",
				"Atelier provincial d’Azilal, long titre; avec, des signes à échapper et de l’arabe: ورشة إقليمية",
				LocalDate.of(2027, 3, 18), null);
		HttpResponse<byte[]> file = new Browser(port).acceptLanguage("fr")
			.download("/events/" + event.id() + "/calendar.ics");
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		String text = new String(file.body(), StandardCharsets.UTF_8);
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		VEvent vevent = (VEvent) calendar.getComponents("VEVENT").get(0);
		assertThat(value(vevent, "SUMMARY")).isEqualTo(event.title());
		// 09:30 in Morocco, written in UTC
		assertThat(value(vevent, "DTSTART"))
			.isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
				.withZone(java.time.ZoneOffset.UTC)
				.format(LocalDate.of(2027, 3, 18).atTime(9, 30).atZone(Event.ZONE)));
		assertThat(value(vevent, "LOCATION")).isEqualTo("Maison de la culture, avenue Hassan II");

		String feed = new Browser(port).get("/events/feed/MA-05.ics").body();
		Calendar all = new CalendarBuilder().build(new StringReader(feed));
		List<String> uids = all.getComponents("VEVENT").stream().map(c -> value(c, "UID")).toList();
		assertThat(uids).anyMatch(uid -> uid.startsWith("event-" + event.id() + "@"));
		assertThat(new Browser(port).get("/events/feed/MA-11.ics").body()).doesNotContain("event-" + event.id() + "@");
	}

	private Browser signedIn(String email) {
		if (!email.endsWith("@sawa.demo")) {
			people.person(email);
		}
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, People.PASSWORD);
		return browser;
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM event_event").query(Long.class).single();
	}

	private int places(Event event) {
		return jdbc.sql("SELECT count(*) FROM event_registration WHERE event_id = :e AND cancelled_at IS NULL")
			.param("e", event.id())
			.query(Integer.class)
			.single();
	}

	private static String value(net.fortuna.ical4j.model.Component component, String property) {
		return component.getProperty(property).orElseThrow().getValue();
	}

}
