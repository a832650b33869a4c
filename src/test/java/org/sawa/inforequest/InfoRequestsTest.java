package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.calendar.Holiday;
import org.sawa.calendar.WorkingDayCalendar;
import org.sawa.calendar.WorkingDays;
import org.sawa.inforequest.internal.InfoReminders;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The body's steps and their refusals, against the real database: nothing is written by a
 * refused step.
 */
@SawaTest
class InfoRequestsTest {

	@Autowired
	InfoRequests requests;

	@Autowired
	People people;

	@Autowired
	InfoFiling filing;

	@Autowired
	InfoSteps infoSteps;

	@Autowired
	InfoArchive archive;

	@Autowired
	InfoBodies bodies;

	@Autowired
	InfoReminders reminders;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	private long officerOf(String email, String bodyCode) {
		long id = people.withRole(email, Role.STAFF, bodyCode);
		bodies.designate(bodies.byCode(bodyCode).orElseThrow().id(), id, people.demo("admin"));
		return id;
	}

	private InfoFiling.Filing filing(String bodyCode, String email) {
		return new InfoFiling.Filing(bodies.byCode(bodyCode).orElseThrow().id(), "Said", "Ouzzine",
				"3 avenue Mohammed V, Khouribga", email, "JA123456", "Plan de mobilité urbaine de la ville",
				"Je demande le plan de mobilité urbaine adopté et le calendrier de sa mise en œuvre.", "fr",
				"electronic", false, "");
	}

	private static String field(Runnable action) {
		return org.sawa.support.Refusing.reason(action);
	}

	@Test
	void a_refusal_rests_on_the_law_s_grounds_and_a_request_moves_only_from_the_right_status() {
		long officer = officerOf("dai.kh.officer@example.ma", "MA-KHO");
		long requester = people.person("dai.kh.requester@example.ma");
		String reference = filing.file(filing("MA-KHO", "dai.kh.requester@example.ma"), requester);
		long id = requests.byReference(reference).orElseThrow().id();
		LocalDate today = MovableClock.today();

		InfoFiling.Filing f = filing("MA-KHO", "dai.kh.requester@example.ma");
		long before = jdbc.sql("SELECT count(*) FROM info_request").query(Long.class).single();
		assertThat(field(
				() -> filing.file(new InfoFiling.Filing(f.bodyId(), f.firstName(), f.lastName(), f.postalAddress(),
						f.email(), f.nationalId(), "   ", f.description(), "fr", "electronic", false, ""), requester)))
			.as("an empty subject")
			.isEqualTo("subject:info.error.length");
		assertThat(
				field(() -> filing.file(
						new InfoFiling.Filing(f.bodyId(), f.firstName(), f.lastName(), f.postalAddress(), f.email(),
								f.nationalId(), f.subject(), "x".repeat(5001), "fr", "electronic", false, ""),
						requester)))
			.as("an oversized request")
			.isEqualTo("description:info.error.length");
		assertThat(
				field(() -> filing.file(
						new InfoFiling.Filing(f.bodyId(), f.firstName(), f.lastName(), f.postalAddress(), f.email(),
								f.nationalId(), f.subject(), f.description(), "fr", "electronic", true, ""),
						requester)))
			.as("urgent without a reason")
			.isEqualTo("urgencyReason:info.file.error.urgencyReason");
		assertThat(field(() -> filing.file(filing("MA-KHO", "a.stranger@example.org"), requester)))
			.as("an address the requester has not confirmed: Sawa would mail a stranger")
			.isEqualTo("email:info.file.error.emailNotOwn");
		assertThat(jdbc.sql("SELECT count(*) FROM info_request").query(Long.class).single()).isEqualTo(before);

		assertThat(field(() -> infoSteps.refuse(id, officer, today, List.of(),
				"Les motifs sont expliqués ci-dessous en détail.")))
			.isEqualTo("grounds:info.refuse.error.grounds");
		assertThat(field(() -> infoSteps.refuse(id, officer, today, List.of("because"),
				"Les motifs sont expliqués ci-dessous.")))
			.isEqualTo("grounds:info.refuse.error.grounds");
		assertThat(field(() -> infoSteps.refuse(id, officer, today.plusDays(1), List.of("personal_data"),
				"Les motifs sont expliqués ci-dessous en détail.")))
			.as("a day in the future")
			.isEqualTo("on:info.step.error.date");
		assertThat(field(() -> infoSteps.answer(id, requester, today, true,
				"Une réponse donnée par le demandeur lui-même.", List.of())))
			.isEqualTo("form:info.error.notOfficer");
		assertThat(requests.byId(id).orElseThrow().status()).isEqualTo(InfoStatus.RECEIVED);

		infoSteps.refuse(id, officer, today, List.of("personal_data", "in_preparation"),
				"Le plan contient des données personnelles et sa version finale est en cours d'élaboration.");
		InfoRequest refused = requests.byId(id).orElseThrow();
		assertThat(refused.status()).isEqualTo(InfoStatus.REFUSED);
		assertThat(refused.refusalGrounds()).containsExactly("personal_data", "in_preparation");
		assertThat(refused.answeredOn()).isEqualTo(today);
		assertThat(field(() -> infoSteps.withdraw(id, requester))).as("withdrawing an answered request")
			.isEqualTo("form:info.error.status");
		assertThat(field(() -> infoSteps.complainToCommission(id, requester,
				"Je saisis directement la Commission sans réclamation.")))
			.isEqualTo("form:info.complaint.error.commission");
	}

	@Test
	void a_transfer_opens_a_new_request_at_the_competent_body_with_its_own_clock() {
		long officer = officerOf("dai.tr.officer@example.ma", "MA-KHO-01");
		long requester = people.person("dai.tr.requester@example.ma");
		String reference = filing.file(filing("MA-KHO-01", "dai.tr.requester@example.ma"), requester);
		long id = requests.byReference(reference).orElseThrow().id();
		long province = bodies.byCode("MA-KHO").orElseThrow().id();
		String moved = infoSteps.transfer(id, officer, MovableClock.today(), province,
				"Le plan de mobilité relève du conseil provincial.");
		assertThat(requests.byId(id).orElseThrow().status()).isEqualTo(InfoStatus.TRANSFERRED);
		InfoRequest received = requests.byReference(moved).orElseThrow();
		assertThat(received.bodyId()).isEqualTo(province);
		assertThat(received.status()).isEqualTo(InfoStatus.RECEIVED);
		assertThat(received.requesterId()).isEqualTo(requester);
		assertThat(received.dueOn()).isEqualTo(workingDays.deadline(MovableClock.today(), 20));
		assertThat(requests.filedBy(requester)).extracting(InfoRequest::reference).contains(reference, moved);
	}

	@Test
	void a_paper_request_is_received_on_its_day_and_officers_are_reminded_once_before_its_deadline() {
		long officer = officerOf("dai.pp.officer@example.ma", "MA-FQH-01");
		WorkingDayCalendar calendar = workingDays.calendar();
		LocalDate today = MovableClock.today();
		assertThat(field(() -> filing.fileFromPaper(filing("MA-FQH-01", ""), officer, today.plusDays(2))))
			.isEqualTo("receivedOn:info.step.error.date");
		assertThat(field(() -> filing.fileFromPaper(filing("MA-KHO", ""), officer, today))).as("another body's paper")
			.isEqualTo("form:info.error.notOfficer");

		// received on the first day whose 20 working days end today or later: due within
		// the reminder window
		LocalDate received = today.minusDays(40);
		while (calendar.deadline(received, 20).isBefore(today)) {
			received = received.plusDays(1);
		}
		String reference = filing.fileFromPaper(filing("MA-FQH-01", ""), officer, received);
		InfoRequest request = requests.byReference(reference).orElseThrow();
		assertThat(request.channel()).isEqualTo("paper");
		assertThat(request.dueOn()).isEqualTo(calendar.deadline(received, 20));

		reminders.remind(today);
		assertThat(jdbc.sql("SELECT count(*) FROM info_reminder WHERE request_id = :r")
			.param("r", request.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(reminders.remind(today)).as("each reminder goes once").isZero();
	}

	@Test
	void a_holiday_added_or_removed_moves_the_due_day_of_the_open_requests_it_runs_over() {
		long requester = people.person("dai.hol.requester@example.ma");
		String reference = filing.file(filing("MA-KHO", "dai.hol.requester@example.ma"), requester);
		InfoRequest request = requests.byReference(reference).orElseThrow();
		LocalDate due = request.dueOn();
		// a working day of its clock, not a holiday yet
		LocalDate day = workingDays.calendar().onOrAfter(request.receivedOn().plusDays(3));
		Holiday holiday = new Holiday(day,
				java.util.Map.of("ar", "عطلة للاختبار", "fr", "Congé de test", "en", "Test holiday", "zgh", "ⴰⵙⵙ"),
				"national", "test", false);
		workingDays.save(holiday, "person:" + requester);
		LocalDate moved = requests.byReference(reference).orElseThrow().dueOn();
		assertThat(moved).isAfter(due).isEqualTo(workingDays.calendar().deadline(request.receivedOn(), 20));
		workingDays.remove(day, "person:" + requester);
		assertThat(requests.byReference(reference).orElseThrow().dueOn()).isEqualTo(due);
	}

	@Test
	void an_urgent_request_is_due_in_calendar_days() {
		long requester = people.person("dai.urgent.requester@example.ma");
		InfoFiling.Filing f = filing("MA-KHO", "dai.urgent.requester@example.ma");
		String reference = filing.file(new InfoFiling.Filing(f.bodyId(), f.firstName(), f.lastName(), f.postalAddress(),
				f.email(), f.nationalId(), f.subject(), f.description(), f.language(), f.format(), true,
				"La sécurité d’une famille menacée par un mur qui s’effondre."), requester);
		InfoRequest request = requests.byReference(reference).orElseThrow();
		WorkingDayCalendar calendar = workingDays.calendar();
		assertThat(request.dueOn()).isEqualTo(calendar.onOrAfter(request.receivedOn().plusDays(3)));
	}

}
