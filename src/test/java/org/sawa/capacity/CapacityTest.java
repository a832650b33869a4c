package org.sawa.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.support.Refusing;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Capacity programmes against the real database: the seeds' figures come out of the demo
 * records by themselves, coaching notes reach only the coach and the programme's
 * officers, an attendance sheet is saved whole or not at all, a story waits for consent,
 * an assessment round is complete.
 */
@SawaTest
class CapacityTest {

	@Autowired
	Programmes programmes;

	@Autowired
	Activities activities;

	@Autowired
	Mentoring mentoring;

	@Autowired
	Assessments assessments;

	@Autowired
	Stories stories;

	@Autowired
	Impact impact;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private static Map<String, Long> figures(List<Impact.Figure> figures) {
		return figures.stream().collect(Collectors.toMap(Impact.Figure::measure, Impact.Figure::value));
	}

	@Test
	void the_impact_pages_find_the_seeds_figures_in_the_records() {
		Map<String, Long> amssawass = figures(impact.figures(programmes.byCode("AMSSAWASS").orElseThrow()));
		assertThat(amssawass).containsEntry("communes", 20L) // seed 001: 20 communes
																// engaged
			.containsEntry("elected_women", 40L) // 40 elected women trained
			.containsEntry("mentoring", 40L) // 40 individual mentoring sessions
			.containsEntry("memos", 8L); // 8 memos examined by councils
		assertThat(amssawass.get("elected_men")).as("over 20 elected men (seed 000)").isGreaterThan(20);
		assertThat(amssawass.get("interventions")).as("more than 20 interventions in sessions").isGreaterThan(20);

		Map<String, Long> ised = figures(impact.figures(programmes.byCode("ISED-BMK").orElseThrow()));
		assertThat(ised).containsEntry("associations", 100L); // seed 004: 100 CSOs
																// trained
		assertThat(ised.get("youth")).as("50+ young people").isGreaterThanOrEqualTo(50);
		assertThat(ised).doesNotContainKeys("elected_women", "memos");
	}

	@Test
	void coaching_notes_reach_only_the_coach_and_the_programme_s_officers() {
		long coach = accounts.idByEmail("coach@sawa.demo").orElseThrow();
		long officer = accounts.idByEmail("officer@sawa.demo").orElseThrow();
		// a programme of its own, so the demo programmes keep the seeds' figures
		long programmeId = programmes.create(new Programmes.NewProgramme("COACH-NOTES",
				Map.of("ar", "برنامج مواكبة", "fr", "Programme de coaching", "en", "Coaching programme", "zgh",
						"ⴰⵖⴰⵡⴰⵙ ⵏ ⵓⵎⵓⵏ"),
				"fr", "", "", List.of("elected_women"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
				List.of("MA-05")), officer);
		Programme programme = programmes.byId(programmeId).orElseThrow();
		long participant = programmes.enrol(programmeId,
				new Programmes.NewParticipant("Hafsa Naciri", "female", 1984, "elected", null, null, null), officer);
		mentoring.openPlan(participant, coach, LocalDate.of(2025, 2, 1), Map.of("advocacy_in_council", 1), officer);
		long staff = accounts.idByEmail("staff@sawa.demo").orElseThrow();
		long otherCoach = accounts.createConfirmed("cap.othercoach@example.ma", "sawa-demo-2026", "Autre coach", "fr");
		long bmkAdmin = accounts.createConfirmed("cap.officer.elsewhere@example.ma", "sawa-demo-2026", "Chargée", "fr");
		accounts.grantRole(bmkAdmin, Role.PROGRAMME_OFFICER, territories.byCode("MA-11").orElseThrow().id(), null);
		Plan plan = mentoring.plan(participant).orElseThrow();
		mentoring.coach(plan.id(), LocalDate.of(2025, 3, 3), "remote", 30, List.of("advocacy_in_council"),
				"Premier contact.", coach);
		long session = mentoring.coach(plan.id(), LocalDate.of(2025, 6, 30), "remote", 60,
				List.of(plan.priorities().get(0).priority()),
				"Elle craint la réaction du président ; nous avons répété son intervention.", coach);
		assertThat(session).isPositive();
		String secret = "craint la réaction du président";
		assertThat(mentoring.sessions(plan.id(), coach)).anySatisfy(c -> assertThat(c.privateNotes()).contains(secret));
		assertThat(mentoring.sessions(plan.id(), officer))
			.anySatisfy(c -> assertThat(c.privateNotes()).contains(secret));
		// administering the platform is no reason to read a person's coaching: the
		// administrator sees that notes exist, not their text
		long platformAdmin = accounts.idByEmail("admin@sawa.demo").orElseThrow();
		for (Long reader : new Long[] { staff, otherCoach, bmkAdmin, platformAdmin, null }) {
			assertThat(mentoring.sessions(plan.id(), reader)).as("reader " + reader)
				.isNotEmpty()
				.allSatisfy(c -> assertThat(c.privateNotes()).isNull())
				.anySatisfy(c -> assertThat(c.notesWithheld()).isTrue());
		}
		assertThat(impact.records(programme, "mentoring").coaching())
			.allSatisfy(c -> assertThat(c.privateNotes()).isNull());
		assertThat(audit.latest(50, 0)).noneSatisfy(e -> assertThat(e.details()).contains(secret));
	}

	@Test
	void an_attendance_sheet_is_saved_whole_and_each_attendance_counts_as_participation() {
		long officer = accounts.idByEmail("officer@sawa.demo").orElseThrow();
		Programme programme = programmes.byCode("ISED-BMK").orElseThrow();
		List<Participant> youth = programmes.participants(programme.id())
			.stream()
			.filter(p -> "youth".equals(p.kind()))
			.limit(3)
			.toList();
		long activity = activities.schedule(
				programme.id(), new Activities.NewActivity("workshop", "Budget participatif des jeunes",
						LocalDate.of(2025, 9, 16), BigDecimal.valueOf(4), "in_person", "Khouribga", "AIDECA", "MA-05"),
				officer);
		assertThat(Refusing.reasons(() -> activities.schedule(programme.id(),
				new Activities.NewActivity("class", "X", LocalDate.of(2030, 1, 1), BigDecimal.ZERO, "in_person", null,
						null, "MA-05"),
				officer)))
			.containsExactlyInAnyOrder("kind:validation.option", "topic:capacity.error.topic",
					"heldOn:capacity.error.outsidePeriod", "hours:capacity.error.hours");
		long facts = facts();
		List<Activities.AttendanceLine> bad = List.of(new Activities.AttendanceLine(youth.get(0).id(), true, 40, 150),
				new Activities.AttendanceLine(youth.get(1).id(), false, 30, 60),
				new Activities.AttendanceLine(999_999L, true, null, null));
		assertThat(Refusing.reasons(() -> activities.recordAttendance(activity, bad, officer)))
			.containsExactlyInAnyOrder("p." + youth.get(0).id() + ".post:capacity.error.score",
					"p." + youth.get(1).id() + ".post:capacity.error.scoreAbsent",
					"p.999999.attended:capacity.error.notEnrolled");
		assertThat(activities.attendance(activity)).as("nothing written").isEmpty();

		activities.recordAttendance(activity,
				List.of(new Activities.AttendanceLine(youth.get(0).id(), true, 40, 75),
						new Activities.AttendanceLine(youth.get(1).id(), false, null, null),
						new Activities.AttendanceLine(youth.get(2).id(), true, null, null)),
				officer);
		assertThat(activities.attendance(activity)).hasSize(3);
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(facts() - facts).isEqualTo(2));
		// saving the same sheet again counts nobody twice
		activities.recordAttendance(activity, activities.attendance(activity), officer);
		org.awaitility.Awaitility.await()
			.during(java.time.Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(facts() - facts).isEqualTo(2));
		// the third was marked present by mistake: correcting the sheet takes her count
		// back
		activities.recordAttendance(activity,
				List.of(new Activities.AttendanceLine(youth.get(0).id(), true, 40, 75),
						new Activities.AttendanceLine(youth.get(1).id(), false, null, null),
						new Activities.AttendanceLine(youth.get(2).id(), false, null, null)),
				officer);
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(facts() - facts).isEqualTo(1));
	}

	private long facts() {
		return jdbc.sql("SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'capacity.training'")
			.query(Long.class)
			.single();
	}

	@Test
	void a_story_waits_for_consent_and_an_assessment_round_is_complete() {
		long officer = accounts.idByEmail("officer@sawa.demo").orElseThrow();
		Programme programme = programmes.byCode("ISED-BMK").orElseThrow();
		Participant someone = programmes.participants(programme.id())
			.stream()
			.filter(p -> p.organisationId() != null)
			.skip(5)
			.findFirst()
			.orElseThrow();
		long story = stories.write(someone.id(), "Une association qui plaide",
				"Après la formation, l'association a déposé " + "sa première pétition auprès du conseil communal.",
				officer);
		assertThat(Refusing.reason(() -> stories.publish(story, officer))).isEqualTo("form:capacity.error.noConsent");
		assertThat(stories.of(programme.id(), true)).extracting(Stories.Story::id).doesNotContain(story);
		stories.consent(story, LocalDate.of(2025, 10, 1), "Accord écrit", officer);
		stories.publish(story, officer);
		assertThat(stories.of(programme.id(), true)).extracting(Stories.Story::id).contains(story);
		stories.withdraw(story, officer);
		assertThat(stories.of(programme.id(), true)).extracting(Stories.Story::id).doesNotContain(story);

		long association = someone.organisationId();
		Map<String, Assessments.Score> incomplete = Map.of("governance", new Assessments.Score(2, "Statuts à jour"));
		assertThat(Refusing.reasons(() -> assessments.record(programme.id(), association, "oca", "baseline",
				LocalDate.of(2024, 1, 10), incomplete, officer)))
			.contains("score.administration:capacity.error.level");
		Map<String, Assessments.Score> complete = new java.util.LinkedHashMap<>();
		Assessments.AREAS.get("oca").forEach(area -> complete.put(area, new Assessments.Score(2, null)));
		assessments.record(programme.id(), association, "oca", "baseline", LocalDate.of(2024, 1, 10), complete,
				officer);
		assertThat(Refusing.reasons(() -> assessments.record(programme.id(), association, "oca", "baseline",
				LocalDate.of(2024, 2, 10), complete, officer)))
			.contains("round:capacity.error.roundExists");
		complete.put("governance", new Assessments.Score(4, "Assemblée générale annuelle tenue"));
		assessments.record(programme.id(), association, "oca", "follow_up", LocalDate.of(2025, 1, 10), complete,
				officer);
		assertThat(assessments.compare(programme.id(), association, "oca").get(0))
			.isEqualTo(new Assessments.Comparison("governance", 2, 4));
	}

}
