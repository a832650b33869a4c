package org.sawa.follow;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.consultation.Process;
import org.sawa.consultation.Processes;
import org.sawa.follow.internal.Digests;
import org.sawa.support.Browser;
import org.sawa.support.Mailbox;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident follows a consultation from its page and hears at once, in her language,
 * when the council answers a proposal; another follows her region and gets one digest the
 * next morning; each mail's signed link stops following without signing in; staff see how
 * many follow, never who (real SMTP, GreenMail).
 */
@SawaTest
class FollowHttpTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Processes processes;

	@Autowired
	Follows follows;

	@Autowired
	Digests digests;

	@Autowired
	org.sawa.commitment.ActionPlans plans;

	@Autowired
	org.sawa.commitment.Milestones milestones;

	@Autowired
	org.sawa.consultation.internal.PhaseNotices phases;

	@Test
	void followers_hear_of_an_answer_at_once_or_in_the_next_morning_digest_and_stop_from_the_mail() {
		String code = "FOLLOW-" + System.nanoTime() % 100000;
		var today = MovableClock.today();
		processes.open(
				new Processes.NewProcess(code, "MA-05", "programme", "Consultation suivie",
						"Une consultation ouverte pour un test automatisé du suivi.", "fr",
						List.of(new Processes.NewPhase("consultation", today.minusDays(5), today.plusDays(20), ""))),
				people.demo("staff"));
		Process process = processes.byCode(code).orElseThrow();
		String page = "/consultations/" + code;

		String amal = people.address("amal");
		people.resident(amal, "female", 1992, "MA-BEM-07");
		Browser a = new Browser(port).acceptLanguage("fr");
		a.signIn(amal, People.PASSWORD);
		assertThat(a
			.submit(page, "/follow",
					Map.of("kind", "consultation", "subject", code, "label", process.title(), "back", page))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith(page + "?followed");
		assertThat(a.get(page).body()).contains("Ne plus suivre").doesNotContain("Suivi par");
		assertThat(a.submit(page, "/follow", Map.of("kind", "secret", "subject", "x")).statusCode()).isEqualTo(400);
		assertThat(a
			.submit(page, "/follow", Map.of("kind", "territory", "subject", "MA-05", "back", "https://evil.example/"))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/me/follows?followed");
		a.submit(page, "/unfollow", Map.of("kind", "territory", "subject", "MA-05", "back", page));

		String badr = people.address("badr");
		people.person(badr);
		Browser b = new Browser(port).acceptLanguage("fr");
		b.signIn(badr, People.PASSWORD);
		assertThat(b.get("/territories/MA-05").body()).contains("name=\"label\" value=\"Béni Mellal-Khénifra\"");
		b.submit("/territories/MA-05", "/follow", Map.of("kind", "territory", "subject", "MA-05", "label",
				"Béni Mellal-Khénifra", "back", "/territories/MA-05"));
		b.submit("/me/follows", "/me/follows", Map.of("frequency", "daily"));
		assertThat(b.get("/me/follows").body()).contains("Béni Mellal-Khénifra", "value=\"daily\" checked");

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.get(page).body()).contains("Suivi par 1 personnes");
		String propose = page + "/proposals/new";
		a.submit(propose, propose, Map.of("title", "Des bancs à l’ombre au souk", "body",
				"Les femmes âgées attendent debout au soleil le jour du souk hebdomadaire.", "category", "inclusion"));
		String proposal = page + "/proposals/1";
		staff.submit(proposal, proposal + "/answer",
				Map.of("answer", "accepted", "text", "Retenu : dix bancs seront posés avant l’été."));

		int before = mail.getReceivedMessages().length;
		digests.send();
		Awaitility.await().untilAsserted(() -> assertThat(Mailbox.to(mail, amal)).isNotEmpty());
		String told = Mailbox.to(mail, amal).get(0);
		assertThat(told).startsWith("Sawa : Consultation suivie")
			.contains("Le conseil a répondu à la proposition n° 1, « Des bancs à l’ombre au souk » : Retenue.",
					"/consultations/" + code + "/proposals/1");
		try {
			ZonedDateTime now = ZonedDateTime.now(MovableClock.INSTANCE);
			MovableClock.INSTANCE
				.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(8, 0).atZone(now.getZone())));
			digests.send();
			Awaitility.await().untilAsserted(() -> assertThat(Mailbox.to(mail, badr)).hasSize(1));
			assertThat(Mailbox.to(mail, badr).get(0)).contains("Consultation suivie",
					"Le conseil a répondu à la proposition n° 1");
			assertThat(digests.send()).isZero();
		}
		finally {
			MovableClock.INSTANCE.reset();
		}
		assertThat(mail.getReceivedMessages().length).isGreaterThan(before);

		Matcher stop = Pattern.compile("(/follow/stop/\\d+/[0-9a-f]+)").matcher(told);
		assertThat(stop.find()).isTrue();
		Browser anyone = new Browser(port).acceptLanguage("fr");
		assertThat(anyone.get(stop.group(1) + "0").statusCode()).isEqualTo(404);
		assertThat(anyone.submit(stop.group(1), stop.group(1), Map.of()).body())
			.contains("vous ne recevrez plus de courriel");
		assertThat(follows.following(people.demo(amal), "consultation", code)).isFalse();
	}

	@Test
	void a_commitment_s_followers_hear_when_a_milestone_moves() {
		long staff = people.demo("staff");
		long plan = plans.createPlan("FOLLOW-PLAN", "MA-KHN", "Plan suivi de Khénifra", "fr",
				java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2026, 12, 31), "in_progress", null, staff);
		long id = plans.addCommitment(plan, new org.sawa.commitment.ActionPlans.NewCommitment("KHN-F1",
				"Des toilettes accessibles dans les écoles", "", "", "", "", "", "Inclusion", "Éducation",
				List.of("civic_participation"), "", java.time.LocalDate.of(2024, 1, 1),
				java.time.LocalDate.of(2026, 12, 31), Map.of(),
				List.of(new org.sawa.commitment.ActionPlans.NewMilestone("Inventaire des écoles",
						java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2026, 6, 30), "not_started", null))),
				staff);
		String hafsa = people.address("hafsa");
		long follower = people.person(hafsa);
		follows.follow(follower, "commitment", "KHN-F1", "Des toilettes accessibles dans les écoles");
		long milestone = plans.byId(id).orElseThrow().milestones().get(0).id();
		milestones.move(milestone, "in_progress", java.time.LocalDate.of(2024, 3, 1),
				"Inventaire lancé dans 40 écoles.", List.of(), staff);
		digests.send();
		Awaitility.await().untilAsserted(() -> assertThat(Mailbox.to(mail, hafsa)).isNotEmpty());
		assertThat(Mailbox.to(mail, hafsa).get(0)).contains("Des toilettes accessibles dans les écoles",
				"L’étape 1 est désormais : En cours.", "/commitments/KHN-F1#milestone-1");
	}

	@Test
	void a_phase_that_begins_is_told_once_to_the_consultation_s_followers() {
		var today = MovableClock.today();
		String code = "PHASE-" + System.nanoTime() % 100000;
		processes.open(
				new Processes.NewProcess(code, "MA-05", "programme", "Consultation à venir",
						"Une consultation dont la phase de consultation commence demain.", "fr",
						List.of(new Processes.NewPhase("information", today.minusDays(3), today, ""),
								new Processes.NewPhase("consultation", today.plusDays(1), today.plusDays(20), ""))),
				people.demo("staff"));
		String yasmine = people.address("yasmine");
		follows.follow(people.person(yasmine), "consultation", code, "Consultation à venir");
		try {
			MovableClock.INSTANCE.advance(Duration.ofDays(1));
			assertThat(phases.announce()).isPositive();
			assertThat(phases.announce()).isZero();
			digests.send();
		}
		finally {
			MovableClock.INSTANCE.reset();
		}
		Awaitility.await().untilAsserted(() -> assertThat(Mailbox.to(mail, yasmine)).hasSize(1));
		assertThat(Mailbox.to(mail, yasmine).get(0))
			.contains("Une phase commence : Consultation, jusqu’au " + today.plusDays(20));
	}

}
