package org.sawa.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.indicator.IndicatorFigures;
import org.sawa.indicator.Indicators;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The projects registry through its pages: a citizen finds the projects of her commune
 * and sees money spent and jobs created for women and young people; staff create a
 * project (every mistake at its field, nothing written), update its progress and jobs
 * (jobs above the plan need a note), and the indicator of jobs created follows; staff of
 * another region may not touch it.
 */
@SawaTest
class ProjectHttpTest {

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Projects projects;

	@Autowired
	Territories territories;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures figures;

	private Browser signedIn(String email) {
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, People.PASSWORD);
		return browser;
	}

	@Test
	void a_citizen_finds_the_projects_of_her_commune_with_money_and_jobs() {
		Browser citizen = new Browser(port).acceptLanguage("fr");
		String naour = citizen.get("/projects?territory=MA-BEM-07").body();
		assertThat(naour).contains("potable des douars de Naour", "aux coopératives féminines");
		assertThat(naour).doesNotContain("Écotourisme dans la province");
		String region = citizen.get("/projects?territory=MA-05").body();
		assertThat(region).contains("Écotourisme dans la province", "Emplois créés", "Pour les femmes",
				"Pour les jeunes (15-24 ans)", "Page 1 sur 3");
		// 20 to a page, the next one with the same choices
		assertThat(region).contains("href=\"/projects?territory=MA-05&amp;", "&amp;page=2\"");
		assertThat(citizen.get("/projects?territory=MA-05&page=3").body()).contains("Page 3 sur 3");
		assertThat(citizen.get("/projects?territory=MA-05&sort=planned").body()).contains("Pôle agro-industriel");
		String tourism = citizen.get("/projects?territory=MA-05&sector=33210").body();
		assertThat(tourism).contains("Écotourisme dans la province").doesNotContain("Pôle agro-industriel");
		String usaid = citizen.get("/projects?funder=USAID").body();
		assertThat(usaid).contains("Coopératives féminines de Laâyoune", "aux coopératives féminines")
			.doesNotContain("Pôle agro-industriel");

		String page = citizen.get("/projects/MA-COA-MA-05-EAU-NAOUR").body();
		assertThat(page).contains("Argent prévu et dépensé", "DH dépensés", "Emplois et bénéficiaires", "Femmes",
				"Jeunes 15-24 ans", "Signaler un problème sur ce projet",
				"/feedback/new?about=MA-COA-MA-05-EAU-NAOUR&amp;category=project&amp;commune=MA-BEM-07&amp;next=1",
				"Corrections", "moins de 5", "Dernier chiffre connu le", "chiffres inventés pour la démonstration");
		// the report form opens on its second step, naming the project
		String report = citizen
			.get("/feedback/new?about=MA-COA-MA-05-EAU-NAOUR&category=project&commune=MA-BEM-07&next=1")
			.body();
		assertThat(report).contains("value=\"MA-COA-MA-05-EAU-NAOUR\"");
		// Arabic: the title's version in Arabic, the French description marked as such
		String arabic = new Browser(port).acceptLanguage("ar").get("/projects/MA-COA-MA-05-EAU-NAOUR").body();
		assertThat(arabic).contains("lang=\"ar\" dir=\"rtl\">تزويد دواوير ناور بالماء الصالح للشرب",
				"lang=\"fr\" dir=\"ltr\" class=\"pre\">Captage");
	}

	@Test
	void staff_create_a_project_and_every_mistake_is_refused_at_its_field() {
		String email = people.address("project.http.staff");
		people.withRole(email, Role.STAFF, "MA-BEM");
		Browser staff = signedIn(email);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("territory", "MA-BEM");
		form.put("code", "TEST-1");
		form.put("language", "fr");
		form.put("title", "Piste de Naour");
		form.put("description", "Une piste rurale pour désenclaver trois douars de Naour.");
		form.put("status", "1");
		form.put("sector", "99999");
		form.put("programme", "own");
		form.put("plannedStart", "2027-03-01");
		form.put("plannedEnd", "2027-01-01");
		form.put("location." + territories.byCode("MA-AZI-01").orElseThrow().id(), "on");
		form.put("org.0.role", "1");
		form.put("org.0.type", "11");
		form.put("org.0.name", "Conseil provincial de Béni Mellal");
		form.put("budget.0.year", "2027");
		form.put("budget.0.funder", "Conseil provincial de Béni Mellal");
		form.put("budget.0.amount", "-300000");
		String refused = staff.submit("/projects/new", "/projects/new", form).body();
		assertThat(refused).contains("id=\"sector-error\"", "Code de secteur inconnu 99999", "id=\"plannedEnd-error\"",
				"La fin vient avant le début.", "id=\"locations-error\"",
				"Un lieu est hors du territoire de la collectivité.", "id=\"budget-0-amount-error\"", "Zéro ou plus.");
		assertThat(projects.byIdentifier("MA-COA-MA-BEM-TEST-1")).isEmpty();

		form.put("sector", "21020");
		form.put("plannedEnd", "2027-12-31");
		form.remove("location." + territories.byCode("MA-AZI-01").orElseThrow().id());
		form.put("location." + territories.byCode("MA-BEM-07").orElseThrow().id(), "on");
		form.put("budget.0.amount", "1 200 000");
		form.put("org.1.role", "4");
		form.put("org.1.type", "10");
		form.put("org.1.name", "Direction provinciale de l'équipement");
		assertThat(staff.submit("/projects/new", "/projects/new", form).statusCode()).isEqualTo(302);
		Project created = projects.byIdentifier("MA-COA-MA-BEM-TEST-1").orElseThrow();
		assertThat(created.planned()).isEqualByComparingTo("1200000");
		assertThat(created.data().orgs()).hasSize(2);

		// another region's staff may not change it
		String other = people.address("project.http.laayoune");
		people.withRole(other, Role.STAFF, "MA-11");
		assertThat(signedIn(other).get("/projects/MA-COA-MA-BEM-TEST-1/edit").statusCode()).isEqualTo(403);
	}

	@Test
	void staff_update_progress_and_jobs_and_the_indicator_follows() {
		String email = people.address("project.http.jobs");
		people.withRole(email, Role.STAFF, "MA-05");
		Browser staff = signedIn(email);
		String identifier = "MA-COA-MA-05-SAFRAN-KHN";
		Project before = projects.byIdentifier(identifier).orElseThrow();
		assertThat(before.progress()).isZero();
		String today = MovableClock.today().toString();
		Map<String, String> progress = new LinkedHashMap<>();
		progress.put("status", "2");
		progress.put("actualStart", today);
		for (int i = 0; i < before.data().milestones().size(); i++) {
			ProjectData.Milestone m = before.data().milestones().get(i);
			progress.put("milestone." + i + ".title", m.title());
			progress.put("milestone." + i + ".weight", String.valueOf(m.weight()));
			progress.put("milestone." + i + ".dueOn", m.dueOn().toString());
		}
		progress.put("milestone.0.doneOn", today);
		progress.put("transaction.0.type", "4");
		progress.put("transaction.0.day", today);
		progress.put("transaction.0.amount", "250000");
		progress.put("transaction.0.party", "Direction régionale de l'agriculture");
		String page = "/projects/" + identifier;
		String noReason = staff.submit(page + "/progress", page + "/progress", progress).body();
		assertThat(noReason).contains("id=\"reason-error\"");
		progress.put("reason", "Démarrage des études");
		assertThat(staff.submit(page + "/progress", page + "/progress", progress).statusCode()).isEqualTo(302);
		Project started = projects.byIdentifier(identifier).orElseThrow();
		assertThat(started.progress()).isEqualTo(15);
		assertThat(started.spent()).isEqualByComparingTo("250000");

		int year = MovableClock.today().getYear();
		Map<String, String> jobs = new LinkedHashMap<>();
		int i = 0;
		for (ProjectData.Figure f : started.data().figures()) {
			row(jobs, i++, f.measure(), f.stage(), f.year(), f.sex(), f.value(), f.asOf().toString());
		}
		row(jobs, i++, "jobs_permanent", "actual", year, "female", 14, today);
		row(jobs, i, "jobs_permanent", "actual", year, "male", 4, today);
		jobs.put("reason", "Premières embauches");
		String above = staff.submit(page + "/jobs", page + "/jobs", jobs).body();
		assertThat(above).contains("id=\"jobsNote-error\"", "18 emplois créés pour 16 prévus");
		jobs.put("jobsNote", "La coopérative a embauché deux saisonnières en plus.");
		assertThat(staff.submit(page + "/jobs", page + "/jobs", jobs).statusCode()).isEqualTo(302);

		var indicator = indicators.byCode("PROJ.JOBS.PERMANENT").orElseThrow();
		long aguelmous = territories.byCode("MA-KHN-03").orElseThrow().id();
		assertThat(figures.byOption(indicator, aguelmous, year, "sex")).containsEntry("female", new BigDecimal("14"))
			.containsEntry("male", new BigDecimal("4"));
		String public_ = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(public_).contains("Avancement : 15 %", "Premières embauches", "moins de 5");
	}

	private static void row(Map<String, String> form, int i, String measure, String stage, int year, String sex,
			int value, String asOf) {
		form.put("figure." + i + ".measure", measure);
		form.put("figure." + i + ".stage", stage);
		form.put("figure." + i + ".year", String.valueOf(year));
		form.put("figure." + i + ".sex", sex);
		form.put("figure." + i + ".value", String.valueOf(value));
		form.put("figure." + i + ".asOf", asOf);
		form.put("figure." + i + ".source", "Registre du personnel de la coopérative");
	}

}
