package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.EventsSettled;
import org.sawa.support.Mailbox;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Issue 16, item 10: a paper request's address, typed by an officer, is mailed once to
 * ask its owner to confirm it, with no text anyone typed; nothing else goes there until
 * the owner confirms (a step taken meanwhile is not mailed); opening the link changes
 * nothing, the button does, and the receipt and the next steps follow (real SMTP,
 * GreenMail).
 */
@SawaTest
class PaperAddressHttpTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	private static final String OWNER = "paper.owner@example.ma";

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	InfoFiling filing;

	@Autowired
	InfoSteps infoSteps;

	@Autowired
	InfoBodies bodies;

	@Autowired
	InfoRequests requests;

	@Autowired
	ThreadPoolTaskExecutor applicationTaskExecutor;

	@Test
	void a_paper_address_is_mailed_nothing_but_a_confirmation_until_its_owner_confirms() throws Exception {
		long officer = people.withRole("paper.officer@example.ma", Role.STAFF, "MA-FQH-01");
		bodies.designate(bodies.byCode("MA-FQH-01").orElseThrow().id(), officer, people.demo("admin"));
		String reference = filing
			.fileFromPaper(new InfoFiling.Filing(bodies.byCode("MA-FQH-01").orElseThrow().id(), "Fatima", "Ait Ali",
					"Douar Tizi, Fquih Ben Salah", OWNER, "JB445566", "Cliquez ici pour gagner un prix",
					"Texte qu’un inconnu voudrait faire envoyer par Sawa à quelqu’un.", "fr", "electronic", false, ""),
					officer, MovableClock.today());
		InfoRequest request = requests.byReference(reference).orElseThrow();
		assertThat(requests.addressConfirmed(request.id())).isFalse();

		settled();
		List<String> first = mailsTo(OWNER);
		assertThat(first).hasSize(1);
		assertThat(first.get(0)).contains(reference, "confirmez votre adresse", "/information/confirm-address/")
			.doesNotContain("Cliquez ici", "Texte qu’un inconnu", "Fatima");

		// a step before the owner confirms: not mailed
		infoSteps.askClarification(request.id(), officer, MovableClock.today(), "Quel quartier exactement ?");
		settled();
		assertThat(mailsTo(OWNER)).hasSize(1);

		Matcher link = Pattern.compile("/information/confirm-address/([A-Za-z0-9_-]+)").matcher(first.get(0));
		assertThat(link.find()).isTrue();
		String page = "/information/confirm-address/" + link.group(1);
		Browser owner = new Browser(port).acceptLanguage("ar");
		HttpResponse<String> opened = owner.get(page);
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains("dir=\"rtl\"", "تأكيد عنواني");
		assertThat(requests.addressConfirmed(request.id())).as("opening the link changes nothing").isFalse();

		HttpResponse<String> confirmed = owner.submit(page, page, Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains(reference);
		assertThat(requests.addressConfirmed(request.id())).isTrue();
		settled();
		assertThat(mailsTo(OWNER)).hasSize(2).last().asString().contains(reference, "Cliquez ici");
		assertThat(owner.submit(page, page, Map.of()).statusCode()).as("a link serves once").isEqualTo(404);

		infoSteps.clarified(request.id(), officer, MovableClock.today(), "Le quartier Al Amal.");
		settled();
		assertThat(mailsTo(OWNER)).hasSize(3);
	}

	/** Waits for the mail the committed actions asked for to leave. */
	private void settled() throws InterruptedException {
		Thread.sleep(200);
		EventsSettled.await(applicationTaskExecutor);
	}

	private static List<String> mailsTo(String address) {
		return Mailbox.to(mail, address);
	}

}
