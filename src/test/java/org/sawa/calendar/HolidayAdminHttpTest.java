package org.sawa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seeded holidays drive deadlines; an administrator adds a religious holiday and
 * deadlines follow it.
 */
@SawaTest
class HolidayAdminHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_fixed_national_holidays_are_seeded_for_the_years_to_come() {
		assertThat(workingDays.holidays(2030)).extracting(Holiday::day)
			.contains(LocalDate.parse("2030-01-01"), LocalDate.parse("2030-07-30"), LocalDate.parse("2030-11-18"));
		// Green March and Independence Day fall in the ordinary 20 days from 2 November
		// 2026
		assertThat(workingDays.deadline(LocalDate.parse("2026-11-02"), 20)).isEqualTo(LocalDate.parse("2026-12-02"));
	}

	@Test
	void an_administrator_corrects_and_confirms_a_provisional_religious_holiday_and_the_deadlines_follow_it() {
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", "sawa-demo-2026");
		// 2027's feasts are provisional, computed: Eid al-Fitr on 10 and 11 March
		String page = admin.get("/admin/holidays?year=2027").body();
		assertThat(page).contains("Marche verte", "Jours fériés de 2027", "Aïd al-Fitr", "provisoire",
				"2027 : les dates de l’Aïd al-Fitr, l’Aïd al-Adha, Premier Moharram, l’Aïd al-Mawlid sont provisoires");
		LocalDate receipt = LocalDate.parse("2027-03-01");
		LocalDate before = workingDays.deadline(receipt, 20);

		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("day", "2027-02-30");
		bad.put("name_fr", "Aïd al-Fitr");
		bad.put("kind", "religious");
		HttpResponse<String> refused = admin.submit("/admin/holidays", "/admin/holidays", bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Date invalide", "id=\"name_ar-error\"", "value=\"Aïd al-Fitr\"");

		// the Ministry announces 11 and 12 March: the 10th goes, the 12th comes, the 11th
		// is confirmed
		HttpResponse<String> removed = admin.submit("/admin/holidays?year=2027", "/admin/holidays/remove",
				Map.of("day", "2027-03-10"));
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(workingDays.deadline(receipt, 20)).isBefore(before);
		Map<String, String> good = new LinkedHashMap<>();
		good.put("day", "2027-03-12");
		good.put("name_ar", "عيد الفطر (اليوم الثاني)");
		good.put("name_fr", "Aïd al-Fitr (2e jour)");
		good.put("kind", "religious");
		good.put("source", "Ministère des Habous (annonce)");
		good.put("to_confirm", "true");
		HttpResponse<String> saved = admin.submit("/admin/holidays", "/admin/holidays", good);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(admin.follow(saved).body()).contains("Jour férié du 2027-03-12 enregistré", "Aïd al-Fitr (2e jour)",
				"à confirmer au Bulletin officiel");
		assertThat(workingDays.deadline(receipt, 20)).isEqualTo(before);
		HttpResponse<String> confirmed = admin.submit("/admin/holidays?year=2027", "/admin/holidays/confirm",
				Map.of("day", "2027-03-11"));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		String after = admin.follow(confirmed).body();
		assertThat(after).contains("La date du 2027-03-11 est confirmée", "2027 : les dates de l’Aïd al-Adha")
			.doesNotContain("2027 : les dates de l’Aïd al-Fitr");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry WHERE subject IN ('holiday:2027-03-10', 'holiday:2027-03-11',
				  'holiday:2027-03-12')""").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void only_administrators_keep_the_calendar() {
		Browser citizen = new Browser(port).acceptLanguage("fr");
		citizen.signIn("citizen@sawa.demo", "sawa-demo-2026");
		assertThat(citizen.get("/admin/holidays").statusCode()).isEqualTo(403);
	}

}
