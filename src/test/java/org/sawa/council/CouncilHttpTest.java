package org.sawa.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff keep a council's records through the forms: only staff of the territory may, each
 * refusal comes back translated at its field, a session is entered in one form, and
 * associations file memos that staff then move.
 */
@SawaTest
class CouncilHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Councils councils;

	@Autowired
	Memberships memberships;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staff_of_the_territory_establish_a_council_seat_members_and_enter_a_session() {
		String manage = "/councils/MA-ESM-02/manage";
		assertThat(new Browser(port).get(manage).statusCode()).as("anonymous: to the login page").isEqualTo(302);
		Browser bmkStaff = new Browser(port).acceptLanguage("fr");
		bmkStaff.signIn("staff@sawa.demo", "sawa-demo-2026");
		assertThat(bmkStaff.get(manage).statusCode()).as("staff of another region").isEqualTo(403);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", "sawa-demo-2026");
		HttpResponse<String> badSeats = staff.submit(manage, manage + "/establish",
				Map.of("seats", "3", "label", "2021-2027", "startsOn", "2021-09-20", "endsOn", "2027-09-30"));
		assertThat(badSeats.body()).contains("id=\"establish-seats-error\"", "de 5 à 200");
		assertThat(councils.byCode("MA-ESM-02")).as("nothing written").isEmpty();
		assertThat(
				staff
					.submit(manage, manage + "/establish",
							Map.of("seats", "11", "label", "2021-2027", "startsOn", "2021-09-20", "endsOn",
									"2027-09-30"))
					.statusCode())
			.isEqualTo(302);

		HttpResponse<String> manSeat = staff.submit(manage, manage + "/members", Map.of("fullName",
				"Sidi Ahmed Ould Brahim", "sex", "male", "seatType", "women_reserved", "startsOn", "2021-09-20"));
		assertThat(manSeat.body()).contains("id=\"members-seatType-error\"",
				"réservés aux femmes sont tenus par des femmes");
		for (String[] m : new String[][] { { "Mbarka Ould Sidi", "female", "women_reserved" },
				{ "Lalla Salka Ma El Ainin", "female", "general" }, { "Hamdi Ould Errachid", "male", "general" } }) {
			assertThat(staff
				.submit(manage, manage + "/members", Map.of("fullName", m[0], "sex", m[1], "seatType", m[2],
						"birthYear", "1978", "startsOn", "2021-09-20"))
				.statusCode()).isEqualTo(302);
		}
		Council council = councils.byCode("MA-ESM-02").orElseThrow();
		List<Member> members = memberships
			.members(councils.mandateAt(council.id(), MovableClock.today()).orElseThrow().id());
		long president = members.stream()
			.filter(m -> m.fullName().startsWith("Hamdi"))
			.findFirst()
			.orElseThrow()
			.membershipId();
		assertThat(staff
			.submit(manage, manage + "/posts",
					Map.of("member", String.valueOf(president), "post", "president", "startsOn", "2021-09-23"))
			.statusCode()).isEqualTo(302);
		String page = new Browser(port).acceptLanguage("fr").get("/councils/MA-ESM-02").body();
		assertThat(page).contains("Mbarka Ould Sidi", "Siège réservé aux femmes", "Présidence", "66,7\u00a0%");

		String form = "/councils/MA-ESM-02/sessions/new";
		Map<String, String> session = new LinkedHashMap<>();
		session.put("rows", "8");
		session.put("kind", "ordinary");
		session.put("heldOn", "2025-10-07");
		session.put("mode", "hybrid");
		session.put("agenda", "Budget 2026\nEau potable des douars");
		members.forEach(m -> session.put("attendance." + m.membershipId(), "present"));
		long mbarka = members.stream()
			.filter(m -> m.fullName().startsWith("Mbarka"))
			.findFirst()
			.orElseThrow()
			.membershipId();
		session.put("iv.0.member", String.valueOf(mbarka));
		session.put("iv.0.kind", "advocacy");
		session.put("iv.0.item", "2");
		session.put("iv.0.summary", "");
		session.put("iv.1.member", String.valueOf(president));
		session.put("iv.1.kind", "question");
		session.put("iv.1.item", "5");
		session.put("iv.1.summary", "Calendrier des travaux");
		HttpResponse<String> refused = staff.submit(form, form, session);
		assertThat(refused.body()).contains("id=\"iv-0-summary-error\"", "id=\"iv-1-item-error\"", "de 1 à 2",
				"Champs à corriger : 2");
		assertThat(jdbc.sql(
				"SELECT count(*) FROM council_session s JOIN council_mandate m ON m.id = s.mandate_id WHERE m.council_id = :c")
			.param("c", council.id())
			.query(Long.class)
			.single()).isZero();

		session.put("iv.0.summary", "Raccorder les douars au réseau d'eau");
		session.put("iv.1.item", "1");
		HttpResponse<String> recorded = staff.submit(form, form, session);
		assertThat(recorded.statusCode()).isEqualTo(302);
		String sessionPage = staff.follow(recorded).body();
		assertThat(sessionPage).contains("Session ordinaire", "Eau potable des douars", "Raccorder les douars",
				"Plaidoyer");

		HttpResponse<String> more = staff.submit(form, form, Map.of("rows", "8", "more", "1", "kind", "ordinary"));
		assertThat(more.body()).contains("id=\"iv-15-summary\"").doesNotContain("id=\"iv-16-summary\"");
	}

	@Test
	void an_association_files_a_memo_and_staff_record_its_examination() {
		Browser association = new Browser(port).acceptLanguage("fr");
		association.signIn("association@sawa.demo", "sawa-demo-2026");
		long aideca = accounts.organisations("association")
			.stream()
			.filter(o -> o.name().equals("AIDECA"))
			.findFirst()
			.orElseThrow()
			.id();
		String code = jdbc.sql("SELECT code FROM council WHERE level = 'commune' ORDER BY id LIMIT 1")
			.query(String.class)
			.single();
		String form = "/councils/" + code + "/memos/new";
		HttpResponse<String> tooShort = association.submit(form, form, Map.of("author", String.valueOf(aideca),
				"language", "fr", "title", "Budget sensible au genre", "summary", "Court"));
		assertThat(tooShort.body()).contains("id=\"summary-error\"", "entre 10 et 5");
		HttpResponse<String> filed = association.submit(form, form,
				Map.of("author", String.valueOf(aideca), "language", "fr", "title", "Budget sensible au genre",
						"summary", "Nous proposons d'indiquer pour chaque ligne du budget qui en bénéficie."));
		assertThat(filed.statusCode()).isEqualTo(302);
		String memoPage = filed.headers().firstValue("Location").orElseThrow();
		String reference = memoPage.substring(memoPage.lastIndexOf('/') + 1).replace("?filed", "");
		assertThat(association.get("/councils/memos/" + reference).body()).contains("AIDECA", "Déposé")
			.doesNotContain("Enregistrer l");
		assertThat(association.post("/councils/memos/" + reference + "/receive", Map.of("onDay", "2026-01-05"))
			.statusCode()).as("no CSRF token, no staff role").isIn(302, 403);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", "sawa-demo-2026");
		String memo = "/councils/memos/" + reference;
		HttpResponse<String> future = staff.submit(memo, memo + "/receive", Map.of("onDay", "2099-01-01"));
		assertThat(future.body()).contains("id=\"onDay-error\"", "dans le futur");
		assertThat(staff
			.submit(memo, memo + "/receive", Map.of("onDay", MovableClock.today().toString(), "note", "Bureau d'ordre"))
			.statusCode()).isEqualTo(302);
		assertThat(new Browser(port).acceptLanguage("fr").get(memo).body()).contains("Reçu par le conseil", "Bureau d");
	}

}
