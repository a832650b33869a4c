package org.sawa.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.audit.AuditLog;
import org.sawa.support.Refusing;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * MALAA0003 as its OGP page gives it; a milestone moves only with a dated note and valid
 * evidence (nothing written otherwise), each move audited; completion follows the
 * milestones; a milestone past its end unfinished is flagged; a citizen's comment counts
 * as participation.
 */
@SawaTest
class CommitmentsTest {

	@Autowired
	ActionPlans plans;

	@Autowired
	Milestones milestones;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void malaa0003_is_on_the_tracker_with_its_six_milestones_and_their_dates() {
		Commitment commitment = plans.byCode("MALAA0003").orElseThrow();
		assertThat(commitment.title())
			.isEqualTo("Establishment of a social inclusion club for vulnerable social class");
		assertThat(commitment.startsOn()).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(commitment.endsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(commitment.milestones())
			.extracting(m -> m.startsOn().toString().substring(0, 7) + "/" + m.endsOn().toString().substring(0, 7))
			.containsExactly("2025-06/2027-06", "2026-06/2027-06", "2025-06/2027-06", "2026-01/2026-12",
					"2026-01/2026-12", "2027-01/2027-06");
		assertThat(commitment.milestones().get(5).description())
			.contains("Publish annual reports on the impact of initiatives");
		assertThat(commitment.ogpValues()).containsExactly("access_to_information");
		assertThat(plans.institutions(commitment.id())).containsValues("lead", "supporting");
	}

	@Test
	void a_milestone_moves_only_with_a_dated_note_and_every_move_is_audited() {
		long staff = accounts.idByEmail("staff@sawa.demo").orElseThrow();
		long plan = plans.createPlan("TEST-PLAN", "MA-KHN", "Plan de test de Khénifra", "fr", LocalDate.of(2024, 1, 1),
				LocalDate.of(2026, 12, 31), "in_progress", null, staff);
		long id = plans.addCommitment(plan,
				new ActionPlans.NewCommitment("KHN-T1", "Budget participatif sensible au genre", "", "", "", "", "",
						"Inclusion", "Finances", List.of("civic_participation"), "", LocalDate.of(2024, 1, 1),
						LocalDate.of(2026, 12, 31), java.util.Map.of(),
						List.of(new ActionPlans.NewMilestone("Appel à propositions", LocalDate.of(2024, 1, 1),
								LocalDate.of(2024, 6, 30), "not_started", null),
								new ActionPlans.NewMilestone("Vote des projets", LocalDate.of(2024, 7, 1),
										LocalDate.of(2026, 12, 31), "not_started", null))),
				staff);
		Commitment commitment = plans.byId(id).orElseThrow();
		Milestone first = commitment.milestones().get(0);
		assertThat(commitment.derivedCompletion()).isEqualTo("not_started");
		assertThat(commitment.overdueMilestones(LocalDate.of(2025, 1, 1))).as("ended mid-2024, not finished")
			.isEqualTo(1);

		long updates = jdbc.sql("SELECT count(*) FROM commitment_update").query(Long.class).single();
		assertThat(Refusing.reasons(() -> milestones.move(first.id(), "finished", LocalDate.of(2099, 1, 1), "ok",
				List.of(new Milestones.Evidence("PV", "javascript:alert(1)")), staff)))
			.containsExactlyInAnyOrder("onDay:council.error.future", "note:commitment.error.note",
					"evidence.0.url:commitment.error.evidenceUrl");
		// a link that leaves Sawa for another site, or is not https, is refused at its
		// line
		assertThat(Refusing.reasons(() -> milestones.move(first.id(), "in_progress", LocalDate.of(2024, 3, 1),
				"Appel publié dans les 8 communes.",
				List.of(new Milestones.Evidence("PV", "//evil.example/phish"),
						new Milestones.Evidence("PV", "http://example.ma/pv"),
						new Milestones.Evidence("PV", "/\\evil.example"),
						new Milestones.Evidence("PV", "https://user@evil.example/"),
						new Milestones.Evidence("PV", "https://example.ma/pv 2")),
				staff)))
			.containsExactly("evidence.0.url:commitment.error.evidenceUrl",
					"evidence.1.url:commitment.error.evidenceUrl", "evidence.2.url:commitment.error.evidenceUrl",
					"evidence.3.url:commitment.error.evidenceUrl", "evidence.4.url:commitment.error.evidenceUrl");
		assertThat(jdbc.sql("SELECT count(*) FROM commitment_update").query(Long.class).single()).isEqualTo(updates);
		assertThat(plans.milestone(first.id()).orElseThrow().status()).isEqualTo(MilestoneStatus.NOT_STARTED);

		milestones.move(first.id(), "in_progress", LocalDate.of(2024, 3, 1), "Appel publié dans les 8 communes.",
				List.of(), staff);
		assertThat(Refusing.reasons(() -> milestones.move(first.id(), "finished", LocalDate.of(2024, 2, 1),
				"Date avant la précédente", List.of(), staff)))
			.containsExactly("onDay:council.error.stepBefore");
		milestones.move(first.id(), "finished", LocalDate.of(2024, 6, 20),
				"124 propositions reçues, dont 48 de femmes.",
				List.of(new Milestones.Evidence("Propositions reçues", "https://example.ma/pb/2024")), staff);
		commitment = plans.byId(id).orElseThrow();
		assertThat(commitment.derivedCompletion()).isEqualTo("substantial");
		assertThat(commitment.overdueMilestones(LocalDate.of(2025, 1, 1))).isZero();
		assertThat(milestones.updates(first.id())).extracting(Milestones.Update::status)
			.containsExactly(MilestoneStatus.IN_PROGRESS, MilestoneStatus.FINISHED);
		assertThat(milestones.updates(first.id()).get(1).evidence()).extracting(Milestones.Evidence::url)
			.containsExactly("https://example.ma/pb/2024");
		assertThat(audit.forSubject("commitment:KHN-T1")).extracting(e -> e.action())
			.containsExactly("commitment.added", "commitment.milestone.moved", "commitment.milestone.moved");

		assertThat(Refusing.reason(() -> plans.assess(id, "perfect", null, LocalDate.of(2025, 1, 10), staff)))
			.isEqualTo("completion:validation.option");
		assertThat(Refusing.reason(() -> plans.assess(id, "substantial", "marginal", LocalDate.of(2025, 1, 10), staff)))
			.as("a plan of 2024 is assessed on the IRM's early results, not on 'Did it open government?'")
			.isEqualTo("openedGovernment:validation.option");
		plans.assess(id, "substantial", "moderate", LocalDate.of(2025, 1, 10), staff);
		assertThat(plans.byId(id).orElseThrow().completion()).isEqualTo("substantial");
		assertThat(plans.byId(id).orElseThrow().openedGovernment()).isEqualTo("moderate");
		long older = plans.createPlan("TEST-PLAN-2019", "MA-KHN", "Plan de 2019", "fr", LocalDate.of(2019, 1, 1),
				LocalDate.of(2020, 12, 31), "completed", null, staff);
		assertThat(scales.forPlan(plans.plan(older).orElseThrow()).levels()).as("plans before 2021")
			.containsExactly("worsened", "did_not_change", "marginal", "major", "outstanding");
	}

	@Autowired
	ResultsScales scales;

	@Test
	void a_citizen_s_comment_counts_as_participation_in_the_plan_s_territory() {
		long citizen = accounts.idByEmail("citizen@sawa.demo").orElseThrow();
		Commitment commitment = plans.byCode("MALAA0003").orElseThrow();
		assertThat(Refusing.reason(() -> plans.comment(commitment.id(), citizen, "ok")))
			.isEqualTo("body:commitment.error.comment");
		long before = facts();
		plans.comment(commitment.id(), citizen, "Le club devrait se réunir aussi à Tarfaya et Boujdour.");
		assertThat(plans.comments(commitment.id())).extracting(ActionPlans.Comment::body)
			.contains("Le club devrait se réunir aussi à Tarfaya et Boujdour.");
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(facts() - before).isEqualTo(1));
	}

	private long facts() {
		return jdbc.sql("SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'commitment.comment'")
			.query(Long.class)
			.single();
	}

}
