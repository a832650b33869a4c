package org.sawa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.capacity.Impact;
import org.sawa.capacity.Programmes;
import org.sawa.indicator.PublicFigures;
import org.sawa.support.Refusing;
import org.sawa.support.SawaTest;
import org.sawa.support.StoredRequests;
import org.sawa.support.TaggedPdf;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The 2025 report of each demo region is generated in the background from the other
 * modules' published figures (protected), rendered as tagged PDFs in Arabic and French,
 * and, once published with recommendations in both languages, frozen for good.
 */
@SawaTest
class AnnualReportsTest {

	@Autowired
	AnnualReports reports;

	@Autowired
	Territories territories;

	@Autowired
	Accounts accounts;

	@Autowired
	PublicFigures indicatorFigures;

	@Autowired
	Programmes programmes;

	@Autowired
	Impact impact;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	IncompleteEventPublications publications;

	private AnnualReports.Version generated(String code, Map<String, String> recommendations, String by) {
		Territory region = territories.byCode(code).orElseThrow();
		long id = reports.generate(region, 2025, recommendations, accounts.idByEmail(by).orElseThrow());
		AnnualReports.Version version = awaitFinished(id);
		assertThat(version.state()).isEqualTo("ready");
		return version;
	}

	private AnnualReports.Version awaitFinished(long id) {
		long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!reports.version(id).orElseThrow().finished() && System.nanoTime() < until) {
			pause();
		}
		return reports.version(id).orElseThrow();
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String text(byte[] pdf, String lang) throws Exception {
		TaggedPdf.Read read = TaggedPdf.read(pdf, lang);
		assertThat(read.pages()).as("cover, contents and sections").isGreaterThan(3);
		return read.text();
	}

	@Test
	void the_2025_report_of_beni_mellal_khenifra_copies_the_modules_figures() throws Exception {
		AnnualReports.Version version = generated("MA-05",
				Map.of("fr", "Étendre le mentorat aux élues de Khouribga.", "ar", "توسيع المواكبة إلى منتخبات خريبكة."),
				"officer@sawa.demo");
		ReportContent content = version.content();
		Territory region = territories.byCode("MA-05").orElseThrow();
		assertThat(content.year()).isEqualTo(2025);
		// indicators: the dashboard's tiles of 2025, as the public dashboard shows them
		assertThat(content.indicators()).extracting(ReportContent.IndicatorLine::code)
			.containsExactlyElementsOf(
					indicatorFigures.tilesOf(region, 2025).stream().map(t -> t.indicator().code()).toList());
		// who takes part: the 40 coaching sessions of 2025 (seed 004; browser tests that
		// run in the same
		// database may add some) and the councils' interventions
		ReportContent.ChannelLine coaching = content.participation()
			.stream()
			.filter(c -> c.channel().equals("capacity.coaching"))
			.findFirst()
			.orElseThrow();
		assertThat(coaching.total()).isGreaterThanOrEqualTo(40);
		assertThat(content.participation()).extracting(ReportContent.ChannelLine::channel)
			.contains("council.intervention", "capacity.training")
			.doesNotContain("petition.signature", "inforequest.request");
		// every count of people shown is either hidden or at least five
		assertThat(content.participation()).flatExtracting(ReportContent.ChannelLine::groups)
			.extracting(ReportContent.Group::participants)
			.allMatch(n -> n == null || n == 0 || n >= 5);
		// programmes' impact: the seed's figures, from the records
		ReportContent.ProgrammeLine amssawass = content.programmes()
			.stream()
			.filter(p -> p.code().equals("AMSSAWASS"))
			.findFirst()
			.orElseThrow();
		assertThat(amssawass.figures()).extracting(f -> f.measure() + "=" + f.value())
			.containsExactlyElementsOf(impact.figures(programmes.byCode("AMSSAWASS").orElseThrow())
				.stream()
				.map(f -> f.measure() + "=" + f.value())
				.toList())
			.contains("communes=20", "elected_women=40", "mentoring=40");
		// councils on 31 December 2025: the region's council among the 21
		assertThat(content.council().councils()).hasSize(21);
		assertThat(content.council().sessions()).isPositive();
		assertThat(content.council().byWomen() + content.council().byMen()).isEqualTo(content.participation()
			.stream()
			.filter(c -> c.channel().equals("council.intervention"))
			.findFirst()
			.orElseThrow()
			.total());
		// commitments: the Béni Mellal-Khénifra plan, its stuck commitment late
		ReportContent.PlanLine plan = content.commitments()
			.stream()
			.filter(p -> p.code().equals("BMK-2022-2027"))
			.findFirst()
			.orElseThrow();
		assertThat(plan.commitments()).extracting(ReportContent.CommitmentLine::code)
			.contains("BMK-01", "BMK-02", "BMK-03", "BMK-04");
		assertThat(plan.commitments().stream().filter(c -> c.code().equals("BMK-04")).findFirst().orElseThrow().stuck())
			.isPositive();
		// petitions and information requests: the demo's are of this year, so 2025 has
		// none
		assertThat(content.petitions().any()).isFalse();
		// projects: those running in 2025 with money spent in it, jobs created in it
		// (people:
		// each count hidden or at least five), the largest first with their progress
		ReportContent.Projects projects = content.projects();
		assertThat(projects.running()).isGreaterThanOrEqualTo(20);
		assertThat(projects.spentInYear()).isPositive();
		assertThat(projects.jobs()).isNotNull().isGreaterThanOrEqualTo(5);
		assertThat(java.util.Arrays.asList(projects.jobs(), projects.women(), projects.men(), projects.young()))
			.allMatch(n -> n == null || n == 0 || n >= 5);
		assertThat(projects.largest()).extracting(ReportContent.ProjectLine::identifier)
			.startsWith("MA-COA-MA-05-AGRO-FQH");

		String fr = text(reports.pdf(version.id(), "fr").orElseThrow(), "fr");
		assertThat(fr).contains("Rapport annuel 2025", "Béni Mellal-Khénifra", "Sommaire", "Indicateurs et disparités",
				"Qui participe", "Impact des programmes", "Représentation dans les conseils",
				"Avancement des engagements", "BMK-04", "Étendre le mentorat aux élues de Khouribga.", "élues formées",
				"Projets d’investissement et d’emploi", "Emplois créés par les projets en 2025",
				"Pôle agro-industriel de Fquih Ben Salah");
		String ar = text(reports.pdf(version.id(), "ar").orElseThrow(), "ar");
		// PDFBox extracts a line mixing Arabic and digits in visual order: each part is
		// checked apart
		assertThat(ar).contains("التقرير السنوي", "جهة بني ملال خنيفرة", "المؤشرات والفوارق", "من يشارك", "التوصيات",
				"توسيع المواكبة إلى منتخبات خريبكة.");
	}

	@Test
	void the_contents_give_each_section_its_page_and_figures_carry_their_unit_in_both_languages() throws Exception {
		AnnualReports.Version version = generated("MA-05", Map.of("fr", "Publier les chiffres.", "ar", "نشر الأرقام."),
				"staff@sawa.demo");
		for (String lang : new String[] { "fr", "ar" }) {
			byte[] pdf = reports.pdf(version.id(), lang).orElseThrow();
			String all = text(pdf, lang);
			// no directional mark printed as a stray sign beside a figure
			assertThat(all).doesNotContain("\u200E", "\u200F", "\u061C");
			String contents = TaggedPdf.page(pdf, 2);
			// every section's whole title, and the page where it starts (pages 3 to the
			// last, in order)
			for (String section : ReportContent.SECTIONS) {
				assertThat(contents)
					.contains(messages.getMessage("report.section." + section, null, Locale.forLanguageTag(lang)));
			}
			assertThat(contents.replaceAll("[^0-9 ]", " ").trim().split("\\s+")).contains("3", "4", "5")
				.contains(String.valueOf(TaggedPdf.read(pdf, lang).pages()));
			// the share indicator reads as a percentage with one decimal, the parity
			// index
			// with two
			String indicators = TaggedPdf.page(pdf, 3);
			assertThat(indicators).containsPattern("7,6\\s?%").containsPattern("\\b0,34\\b");
			assertThat(indicators).doesNotContain("7,612", "0,344");
		}
	}

	@Test
	void the_2025_report_of_laayoune_sakia_el_hamra_shows_malaa0003() throws Exception {
		AnnualReports.Version version = generated("MA-11",
				Map.of("fr", "Ouvrir le club d'inclusion.", "ar", "فتح نادي الإدماج."), "staff.laayoune@sawa.demo");
		ReportContent content = version.content();
		ReportContent.PlanLine plan = content.commitments()
			.stream()
			.filter(p -> p.code().equals("LSH-2025-2027"))
			.findFirst()
			.orElseThrow();
		ReportContent.CommitmentLine malaa = plan.commitments().get(0);
		assertThat(malaa.code()).isEqualTo("MALAA0003");
		assertThat(malaa.milestones()).isEqualTo(6);
		// the regional council (tests may have established a commune's council in the
		// region too)
		assertThat(content.council().councils()).filteredOn(c -> c.level().equals("region"))
			.hasSize(1)
			.allSatisfy(c -> assertThat(c.members()).isPositive());
		String fr = text(reports.pdf(version.id(), "fr").orElseThrow(), "fr");
		assertThat(fr).contains("Rapport annuel 2025", "Laâyoune-Sakia El Hamra", "MALAA0003",
				"Ouvrir le club d'inclusion.");
		String ar = text(reports.pdf(version.id(), "ar").orElseThrow(), "ar");
		assertThat(ar).contains("التقرير السنوي", "جهة العيون الساقية الحمراء", "تقدم الالتزامات", "MALAA0003",
				"فتح نادي الإدماج.");
	}

	@Test
	void a_version_is_published_only_with_recommendations_in_arabic_and_french_then_frozen() {
		long staff = accounts.idByEmail("staff.laayoune@sawa.demo").orElseThrow();
		AnnualReports.Version bare = generated("MA-11", Map.of("fr", "Seulement en français."),
				"staff.laayoune@sawa.demo");
		assertThat(Refusing.reasons(() -> reports.publish(bare.id(), staff)))
			.containsExactly("recommendations.ar:report.error.recommendations.ar");
		assertThat(reports.version(bare.id()).orElseThrow().published()).isFalse();

		AnnualReports.Version full = generated("MA-11", Map.of("fr", "Publier.", "ar", "نشر."),
				"staff.laayoune@sawa.demo");
		reports.publish(full.id(), staff);
		assertThat(reports.published(full.territoryId(), 2025)).first()
			.extracting(AnnualReports.Version::id)
			.isEqualTo(full.id());
		assertThat(Refusing.reasons(() -> reports.publish(full.id(), staff)))
			.containsExactly("version:report.error.published");
		// what was published stays as it was: the database refuses to change or remove it
		assertThatThrownBy(() -> jdbc.sql("UPDATE annual_report_version SET content = '{}' WHERE id = :id")
			.param("id", full.id())
			.update()).hasMessageContaining("frozen");
		assertThatThrownBy(
				() -> jdbc.sql("DELETE FROM annual_report_version WHERE id = :id").param("id", full.id()).update())
			.hasMessageContaining("frozen");
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE action = 'report.published' AND subject = 'report:MA-11/2025'"
					+ " AND details = :d")
			.param("d", "version " + full.number())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void a_year_to_come_or_an_overlong_text_is_refused_and_nothing_is_queued() {
		Territory region = territories.byCode("MA-05").orElseThrow();
		long officer = accounts.idByEmail("officer@sawa.demo").orElseThrow();
		long before = jdbc.sql("SELECT count(*) FROM annual_report_version").query(Long.class).single();
		assertThat(Refusing.reasons(() -> reports.generate(region, 2099, Map.of("fr", "x".repeat(20_001)), officer)))
			.containsExactlyInAnyOrder("year:report.error.year", "recommendations.fr:report.error.tooLong");
		assertThat(jdbc.sql("SELECT count(*) FROM annual_report_version").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void a_generation_cut_short_by_a_restart_runs_again_from_its_stored_request() throws Exception {
		AnnualReports.Version built = generated("MA-11", Map.of("fr", "Former les cadres à l'approche genre."),
				"staff.laayoune@sawa.demo");
		// as a crash would leave it: the version half built, its request not marked done,
		// its node silent since
		halfBuilt(built.id(), "10 minutes");
		reopen(built.id());

		// what the application does at start
		// (spring.modulith.events.republish-outstanding-events-on-restart)
		publications.resubmitIncompletePublications(p -> p.getEvent() instanceof ReportRequested);

		AnnualReports.Version rebuilt = awaitFinished(built.id());
		assertThat(rebuilt.state()).isEqualTo("ready");
		assertThat(rebuilt.content().recommendations()).containsEntry("fr", "Former les cadres à l'approche genre.");
		assertThat(text(reports.pdf(built.id(), "fr").orElseThrow(), "fr")).contains("Former les cadres");
		assertThat(StoredRequests.notDone(jdbc, ReportRequested.class)).as("done, the request is complete").isZero();
	}

	/** As a crash leaves a generation's request: not marked done. */
	private void reopen(long id) {
		StoredRequests.reopen(jdbc, ReportRequested.class, "\"versionId\":" + id + ",");
	}

	/** As a node at work leaves a version: half built, its last step some time ago. */
	private void halfBuilt(long id, String since) {
		jdbc.sql("""
				UPDATE annual_report_version SET state = 'running', step = 'councils', steps_done = 3, content = NULL,
				  pdf_ar = NULL, pdf_fr = NULL, finished_at = NULL, node = 'another node',
				  heartbeat_at = clock_timestamp() - CAST(:since AS INTERVAL)
				WHERE id = :id""").param("id", id).param("since", since).update();
	}

	@Autowired
	ReportGeneration generation;

	@Test
	void a_generation_whose_node_stopped_is_taken_up_by_a_live_node_and_one_at_work_is_left_to_its_node()
			throws Exception {
		AnnualReports.Version built = generated("MA-11", Map.of("fr", "Ouvrir le club d'inclusion sociale."),
				"staff.laayoune@sawa.demo");
		reopen(built.id());
		// another node's last step was ten seconds ago: it is at work, left to it
		halfBuilt(built.id(), "10 seconds");
		assertThat(generation.resume()).doesNotContain(built.id());
		assertThat(reports.version(built.id()).orElseThrow().state()).isEqualTo("running");

		// silent for three minutes (the lease is two): its node stopped, this one takes
		// it up
		halfBuilt(built.id(), "3 minutes");
		assertThat(generation.resume()).contains(built.id());
		AnnualReports.Version rebuilt = awaitFinished(built.id());
		assertThat(rebuilt.state()).isEqualTo("ready");
		assertThat(jdbc.sql("SELECT node FROM annual_report_version WHERE id = :id")
			.param("id", built.id())
			.query(String.class)
			.single()).isEqualTo(java.lang.management.ManagementFactory.getRuntimeMXBean().getName());
	}

}
