package org.sawa.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the day, staff tick at the door who came among those registered and type the paper
 * attendance sheets (a sheet with one unreadable line counts nobody, every bad line is
 * shown with its reason); each attendance is counted by the inclusion lens as the person
 * declared herself, unticking or removing a sheet withdraws exactly that; the event's
 * page shows who came by sex, age, disability and area with counts under five hidden,
 * then the minutes and a lab's partners and prototypes.
 */
@SawaTest
class EventAttendanceHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Events events;

	@Test
	void who_came_is_ticked_at_the_door_and_typed_from_paper_and_counted_by_the_lens() {
		Event event = ScheduledEvents.workshop(events, people, "Atelier des femmes élues de Fquih Ben Salah", 2, null);
		String page = "/events/" + event.id();
		String fatima = people.address("fatima");
		people.resident(fatima, "female", 1985, "MA-BEM-07");
		Browser f = new Browser(port).acceptLanguage("fr");
		f.signIn(fatima, People.PASSWORD);
		f.submit(page, page + "/register", Map.of("need", "sign_language"));
		String karim = people.address("karim");
		people.resident(karim, "male", 2001, "MA-BEM-07");
		Browser k = new Browser(port).acceptLanguage("fr");
		k.signIn(karim, People.PASSWORD);
		k.submit(page, page + "/register", Map.of());
		long fatimaRegistration = registration(event, fatima);
		long karimRegistration = registration(event, karim);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		String door = page + "/attendance";
		assertThat(staff.submit(door, door, Map.of("attended", String.valueOf(fatimaRegistration))).body())
			.contains("Les présences se saisissent à partir du jour de la rencontre");
		long women = facts("female");
		long men = facts("male");
		try {
			MovableClock.INSTANCE.advance(Duration.ofDays(2));
			assertThat(staff.submit(door, door, Map.of("attended", fatimaRegistration + "\u0000" + karimRegistration))
				.headers()
				.firstValue("Location")
				.orElseThrow()).contains("ticked=2");
			Awaitility.await().untilAsserted(() -> assertThat(facts("female") - women).isEqualTo(1));
			Awaitility.await().untilAsserted(() -> assertThat(facts("male") - men).isEqualTo(1));
			// Karim did not come after all: unticked, his attendance is withdrawn
			staff.submit(door, door, Map.of("attended", String.valueOf(fatimaRegistration)));
			Awaitility.await().untilAsserted(() -> assertThat(facts("male") - men).isZero());

			String bad = staff
				.submit(door, door + "/sheets", Map.of("label", "Feuille 1", "lines",
						"F; 34; non; rural\nX; 40; non; rural\nF; 200; oui; urbain\nM; 25-34; peut-être; rural\n"))
				.body();
			assertThat(bad).contains("<td>2</td><td>sex</td>", "« X » n’est pas un sexe", "<td>3</td><td>age</td>",
					"<td>4</td><td>disability</td>", "F; 34; non; rural");
			assertThat(facts("female") - women).isEqualTo(1);
			assertThat(jdbc.sql("SELECT count(*) FROM event_sheet WHERE event_id = :e")
				.param("e", event.id())
				.query(Long.class)
				.single()).isZero();

			String sheet = "أنثى، 28، لا، قروي\nF;34;non;rural\nfemme,19,,rural\nF\t52\toui\turbain\n"
					+ "F 45 non rural\nF;;;\nM;60;non;urbain\nh;30;n;r\n";
			assertThat(staff.submit(door, door + "/sheets", Map.of("label", "Feuille 1", "lines", sheet))
				.headers()
				.firstValue("Location")
				.orElseThrow()).contains("typed=8");
			Awaitility.await().untilAsserted(() -> assertThat(facts("female") - women).isEqualTo(7));
			Awaitility.await().untilAsserted(() -> assertThat(facts("male") - men).isEqualTo(2));

			String shown = new Browser(port).acceptLanguage("fr").get(page).body();
			assertThat(shown).contains("Qui est venu", "Les chiffres inférieurs à cinq ne sont pas affichés");
			String bySex = shown.substring(shown.indexOf("Par sexe"));
			// two men: never shown as such
			assertThat(bySex.substring(bySex.indexOf("Hommes"), bySex.indexOf("Non indiqué"))).contains("&lt;5");
			assertThat(staff.get(page).body()).contains("9 personnes étaient présentes.");

			long sheetId = jdbc.sql("SELECT id FROM event_sheet WHERE event_id = :e")
				.param("e", event.id())
				.query(Long.class)
				.single();
			staff.submit(door, door + "/sheets/" + sheetId + "/remove", Map.of());
			Awaitility.await().untilAsserted(() -> assertThat(facts("female") - women).isEqualTo(1));
			Awaitility.await().untilAsserted(() -> assertThat(facts("male") - men).isZero());
		}
		finally {
			MovableClock.INSTANCE.reset();
		}
	}

	@Test
	void the_minutes_are_published_once_held_and_a_lab_records_its_partners_and_prototypes() {
		Event lab = ScheduledEvents.event(events, people, "lab", "Laboratoire d’innovation de l’écotourisme à Azilal",
				MovableClock.today().plusDays(1), 30);
		String page = "/events/" + lab.id();
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		String minutes = "Trente participants ont travaillé sur trois parcours de randonnée et une coopérative de guides.";
		assertThat(staff.submit(page, page + "/minutes", Map.of("minutes", minutes)).body())
			.contains("Le compte rendu se publie une fois la rencontre tenue.");

		assertThat(staff.submit(page, page + "/partners", Map.of("kind", "cooperative", "name", "")).body())
			.contains("id=\"partner-name-error\"");
		staff.submit(page, page + "/partners", Map.of("kind", "cooperative", "name", "Coopérative Tifaouine"));
		staff.submit(page, page + "/partners",
				Map.of("kind", "university", "name", "Université Sultan Moulay Slimane"));
		staff.submit(page, page + "/prototypes", Map.of("title", "Gîte d’étape à Aït Bouguemez", "description",
				"Un gîte tenu par une coopérative de femmes, avec des guides formés au lab."));
		try {
			MovableClock.INSTANCE.advance(Duration.ofDays(1).plusHours(12));
			assertThat(staff.submit(page, page + "/minutes", Map.of("minutes", minutes)).statusCode()).isEqualTo(302);
		}
		finally {
			MovableClock.INSTANCE.reset();
		}
		String shown = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(shown).contains("Coopérative Tifaouine", "(<span>coopérative</span>)",
				"Université Sultan Moulay Slimane", "Gîte d’étape à Aït Bouguemez", minutes,
				"Compte rendu et résultats");

		long prototype = jdbc.sql("SELECT id FROM event_prototype WHERE event_id = :e")
			.param("e", lab.id())
			.query(Long.class)
			.single();
		String texts = page + "/texts?language=ar";
		assertThat(staff.get(texts).body()).contains("Gîte d’étape à Aït Bouguemez");
		staff.submit(texts, texts, Map.of("x" + prototype + "t", "نزل مرحلي في آيت بوكماز"));
		assertThat(new Browser(port).acceptLanguage("ar").get(page).body())
			.contains("<dt lang=\"ar\" dir=\"rtl\">نزل مرحلي في آيت بوكماز</dt>");

		Event workshop = ScheduledEvents.workshop(events, people, "Atelier ordinaire sans partenaires", 4, null);
		String other = "/events/" + workshop.id();
		assertThat(staff.submit(other, other + "/partners", Map.of("kind", "company", "name", "Une entreprise")).body())
			.contains("Seul un laboratoire d’innovation");
	}

	@Test
	void the_demo_holds_the_2023_forum_of_164_actors_and_118_participants_over_the_labs() {
		long forum = jdbc
			.sql("SELECT id FROM event_event WHERE title = 'Forum régional sur la démocratie participative'")
			.query(Long.class)
			.single();
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.get("/events/" + forum).body()).contains("164 personnes étaient présentes.",
				"Trois engagements");
		assertThat(new Browser(port).acceptLanguage("ar").get("/events/" + forum).body())
			.contains("المنتدى الجهوي حول الديمقراطية التشاركية");
		long labs = jdbc.sql("""
				SELECT count(*) FROM event_sheet_line l JOIN event_sheet s ON s.id = l.sheet_id
				JOIN event_event e ON e.id = s.event_id WHERE e.kind = 'lab' AND s.removed_at IS NULL""")
			.query(Long.class)
			.single();
		assertThat(labs).isEqualTo(118);
		String calendar = new Browser(port).acceptLanguage("fr").get("/events?territory=MA-05").body();
		assertThat(calendar).contains("Forum citoyen trimestriel de la Région",
				"Atelier : la santé maternelle dans les douars d’altitude");
		assertThat(new Browser(port).acceptLanguage("fr").get("/events?territory=MA-05&when=past").body())
			.contains("Forum régional sur la démocratie participative", "Laboratoire d’innovation publique");
	}

	private long registration(Event event, String email) {
		return jdbc.sql("""
				SELECT r.id FROM event_registration r JOIN person p ON p.id = r.person_id
				WHERE r.event_id = :e AND p.email = :m""")
			.param("e", event.id())
			.param("m", email)
			.query(Long.class)
			.single();
	}

	private long facts(String sex) {
		return jdbc.sql(
				"SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'event.attendance' AND sex = :s")
			.param("s", sex)
			.query(Long.class)
			.single();
	}

}
