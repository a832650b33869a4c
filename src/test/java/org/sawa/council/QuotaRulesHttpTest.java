package org.sawa.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.audit.AuditLog;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administrators keep the representation rules like the other rule sets: what the law
 * asks per council level and post (a result, a "strive for" on candidate lists without a
 * verdict, seats reserved by size) and the scale of seats reserved in commune councils;
 * refusals at their field with nothing written, changes audited, pages following.
 */
@SawaTest
class QuotaRulesHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	QuotaRules rules;

	@Autowired
	AuditLog audit;

	private Map<String, String> form() {
		Map<String, String> form = new LinkedHashMap<>();
		for (QuotaRules.Quota q : rules.quotas()) {
			String key = q.level() + "." + q.post();
			form.put("rule." + key, q.rule());
			form.put("share." + key, String.valueOf(q.minShare()));
			form.put("article." + key, q.article());
			form.put("source." + key, q.source());
			if (q.toConfirm()) {
				form.put("confirm." + key, "true");
			}
		}
		for (QuotaRules.ReservedSeats r : rules.reservedSeats()) {
			String key = "seats." + r.councilSeats();
			form.put("reserved." + key, String.valueOf(r.reserved()));
			form.put("article." + key, r.article());
			form.put("source." + key, r.source());
			if (r.toConfirm()) {
				form.put("confirm." + key, "true");
			}
		}
		return form;
	}

	@Test
	void an_administrator_corrects_the_rules_and_the_scale_each_refusal_at_its_field() {
		String page = "/admin/council-quotas";
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.get(page).statusCode()).isEqualTo(403);
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", People.PASSWORD);
		String shown = admin.get(page).body();
		assertThat(shown).contains("Les listes œuvrent pour cette part (pas de verdict)", "Un conseil de 11 sièges");

		Map<String, String> bad = form();
		bad.put("share.province.seat", "un tiers");
		bad.put("reserved.seats.13", "20");
		bad.put("newSeats", "17");
		bad.put("newReserved", "5");
		HttpResponse<String> refused = admin.submit(page, page, bad);
		assertThat(refused.body()).contains("id=\"share-province-seat-error\"", "href=\"#share-province-seat-error\"",
				"Donnez une part entre 0 et 1", "id=\"seats-13-error\"", "href=\"#seats-13-error\"",
				"Entre 0 et 13 sièges");
		assertThat(rules.reservedSeats()).as("nothing written").noneMatch(r -> r.councilSeats() == 17);

		Map<String, String> good = form();
		good.put("reserved.seats.13", "4");
		good.remove("confirm.seats.13");
		good.put("source.seats.13", "Vérifié au Bulletin officiel");
		good.put("newSeats", "17");
		good.put("newReserved", "5");
		good.put("newArticle", "Loi organique 59-11 modifiée par 06-21");
		assertThat(admin.submit(page, page, good).statusCode()).isEqualTo(302);
		assertThat(rules.reservedFor(13)).contains(4);
		assertThat(rules.reservedFor(17)).contains(5);
		assertThat(rules.reservedSeats()).filteredOn(r -> r.councilSeats() == 13)
			.singleElement()
			.satisfies(r -> assertThat(r.toConfirm()).isFalse());
		assertThat(audit.forSubject("council_reserved_seats:13")).extracting(e -> e.action())
			.containsExactly("council.scale.changed");
		assertThat(audit.forSubject("council_reserved_seats:17")).hasSize(1);
		String councils = new Browser(port).acceptLanguage("fr").get("/councils?territory=MA-05").body();
		assertThat(councils).contains("Sièges réservés aux femmes dans les conseils communaux",
				"les listes de candidatures œuvrent pour");
		assertThat(new Browser(port).acceptLanguage("fr").get("/councils/MA-05").body())
			.as("vice-presidents of a regional council: the measured share, no verdict")
			.contains("Listes : viser", "Pas de verdict");
	}

}
