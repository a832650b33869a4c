package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request's page says which holidays its deadline did not count, provisional ones
 * marked so; an officer's queue warns while religious holidays are provisional.
 */
@SawaTest
class DeadlineHolidaysHttpTest {

	@Autowired
	People people;

	@Autowired
	InfoFiling filing;

	@Autowired
	InfoBodies bodies;

	@Autowired
	InfoRequests requests;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void the_request_page_lists_the_holidays_its_deadline_skipped() {
		long requester = people.person("dai.skip.requester@example.ma");
		AtomicReference<String> reference = new AtomicReference<>();
		// received on Monday 25 May 2026: Eid al-Adha (28 and 29 May) and 1 Muharram (17
		// June), provisional, fall within its 20 working days
		MovableClock.INSTANCE.during(LocalDate.of(2026, 5, 25),
				() -> reference.set(filing.file(new InfoFiling.Filing(bodies.byCode("MA-KHO").orElseThrow().id(),
						"Amal", "Bennani", "12 rue Al Massira, Khouribga", "dai.skip.requester@example.ma", "JC778899",
						"Budget des associations 2026",
						"Je demande la liste des subventions accordées aux associations.", "fr", "electronic", false,
						""), requester)));
		InfoRequest request = requests.byReference(reference.get()).orElseThrow();
		// 20 working days from 25 May, the three holidays skipped: 25 June
		assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 6, 25));
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn("dai.skip.requester@example.ma", People.PASSWORD);
		String page = browser.get("/information/requests/" + reference.get()).body();
		assertThat(page).contains("Jours fériés non comptés", "Aïd al-Adha", "Premier Moharram", "(provisoire)",
				"datetime=\"2026-05-28\"", "datetime=\"2026-06-17\"");
	}

	@Test
	void an_officer_s_queue_warns_while_religious_holidays_are_provisional() {
		long officer = people.withRole("dai.queue.officer@example.ma", org.sawa.account.Role.STAFF, "MA-KHO");
		bodies.designate(bodies.byCode("MA-KHO").orElseThrow().id(), officer, people.demo("admin"));
		Browser browser = new Browser(port).acceptLanguage("ar");
		browser.signIn("dai.queue.officer@example.ma", People.PASSWORD);
		assertThat(browser.get("/information/queue").body()).contains("مؤقتة، محسوبة وفق التقويم الهجري");
	}

}
