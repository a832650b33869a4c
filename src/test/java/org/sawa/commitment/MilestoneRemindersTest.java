package org.sawa.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.account.Accounts;
import org.sawa.audit.AuditLog;
import org.sawa.commitment.internal.MilestoneReminders;
import org.sawa.support.MovableClock;
import org.sawa.support.Refusing;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A milestone's owner, named by their account's address (an unknown address refused), is
 * reminded by e-mail (real SMTP, GreenMail) once, in their language, when its end date
 * comes within the configured days and it is not finished; a finished milestone or a far
 * one is not.
 */
@SawaTest
class MilestoneRemindersTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	@Autowired
	ActionPlans plans;

	@Autowired
	Milestones milestoneService;

	@Autowired
	MilestoneReminders reminders;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Test
	void the_owner_is_reminded_once_before_the_end_date() throws Exception {
		long staff = accounts.idByEmail("staff@sawa.demo").orElseThrow();
		LocalDate today = MovableClock.today();
		long plan = plans.createPlan("REMIND-PLAN", "MA-FQH", "Plan de test des rappels", "fr", today.minusMonths(6),
				today.plusYears(1), "in_progress", null, staff);
		long id = plans.addCommitment(plan,
				new ActionPlans.NewCommitment("FQH-R1", "Forums citoyens des femmes rurales", "", "", "", "", "",
						"Participation", "Gouvernance", List.of("civic_participation"), "", today.minusMonths(6),
						today.plusYears(1), Map.of(),
						List.of(new ActionPlans.NewMilestone("Forum de Fquih Ben Salah", today.minusMonths(2),
								today.plusDays(10), "in_progress", null),
								new ActionPlans.NewMilestone("Forum de Souk Sebt", today.minusMonths(2),
										today.plusDays(5), "finished", null),
								new ActionPlans.NewMilestone("Forum de Beni Moussa", today.minusMonths(1),
										today.plusDays(60), "not_started", null))),
				staff);
		List<Milestone> milestones = plans.byId(id).orElseThrow().milestones();

		assertThat(Refusing
			.reason(() -> milestoneService.assignOwner(milestones.get(0).id(), "nobody@nowhere.example", staff)))
			.isEqualTo("owner:commitment.error.owner");
		for (Milestone m : milestones) {
			milestoneService.assignOwner(m.id(), "staff@sawa.demo", staff);
		}
		assertThat(plans.milestone(milestones.get(0).id()).orElseThrow().ownerId()).isEqualTo(staff);
		assertThat(audit.forSubject("commitment:FQH-R1")).extracting(e -> e.action())
			.contains("commitment.milestone.owner");

		assertThat(reminders.remind(today)).as("only the unfinished milestone ending within 14 days").isEqualTo(1);
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage sent = mail.getReceivedMessages()[mail.getReceivedMessages().length - 1];
		String language = accounts.contact(staff).orElseThrow().language();
		assertThat(sent.getAllRecipients()[0].toString()).contains("staff@sawa.demo");
		assertThat(sent.getSubject()).contains("FQH-R1", today.plusDays(10).toString());
		String body = (String) sent.getContent();
		assertThat(body).contains("Forum de Fquih Ben Salah", "/commitments/FQH-R1#milestone-1");
		if ("fr".equals(language)) {
			assertThat(sent.getSubject()).startsWith("Rappel");
		}
		int before = mail.getReceivedMessages().length;
		assertThat(reminders.remind(today)).as("each reminder goes once").isZero();
		assertThat(reminders.remind(today.plusDays(50))).as("the far milestone, once its end comes near").isEqualTo(1);
		mail.waitForIncomingEmail(5000, before + 1);
		assertThat(mail.getReceivedMessages()).hasSize(before + 1);
	}

}
