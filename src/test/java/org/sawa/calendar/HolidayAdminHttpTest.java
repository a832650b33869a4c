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
	void an_administrator_adds_a_religious_holiday_and_the_deadlines_follow_it() {
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", "sawa-demo-2026");
		assertThat(admin.get("/admin/holidays?year=2027").body()).contains("Marche verte", "Jours fériés de 2027");
		LocalDate receipt = LocalDate.parse("2027-03-01");
		LocalDate before = workingDays.deadline(receipt, 20);

		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("day", "2027-02-30");
		bad.put("name_fr", "Aïd al-Fitr");
		bad.put("kind", "religious");
		HttpResponse<String> refused = admin.submit("/admin/holidays", "/admin/holidays", bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Date invalide", "id=\"name_ar-error\"", "value=\"Aïd al-Fitr\"");

		Map<String, String> good = new LinkedHashMap<>();
		good.put("day", "2027-03-10");
		good.put("name_ar", "عيد الفطر");
		good.put("name_fr", "Aïd al-Fitr");
		good.put("kind", "religious");
		good.put("source", "Ministère des Habous (annonce)");
		good.put("to_confirm", "true");
		HttpResponse<String> saved = admin.submit("/admin/holidays", "/admin/holidays", good);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(admin.follow(saved).body()).contains("Jour férié du 2027-03-10 enregistré", "Aïd al-Fitr",
				"à confirmer au Bulletin officiel");
		assertThat(workingDays.deadline(receipt, 20)).isEqualTo(before.plusDays(1));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = 'holiday:2027-03-10'")
			.query(Long.class)
			.single()).isEqualTo(1);

		HttpResponse<String> removed = admin.submit("/admin/holidays?year=2027", "/admin/holidays/remove",
				Map.of("day", "2027-03-10"));
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(workingDays.deadline(receipt, 20)).isEqualTo(before);
	}

	@Test
	void only_administrators_keep_the_calendar() {
		Browser citizen = new Browser(port).acceptLanguage("fr");
		citizen.signIn("citizen@sawa.demo", "sawa-demo-2026");
		assertThat(citizen.get("/admin/holidays").statusCode()).isEqualTo(403);
	}

}
