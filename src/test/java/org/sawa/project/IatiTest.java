package org.sawa.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.imports.ImportReport;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The IATI 2.03 export of the demo region is valid against the official schemas and keeps
 * the rules they do not express (codes from IATI's codelists, identifiers prefixed by the
 * reporting organisation's, dates in order); it imports again unchanged, and restores a
 * project changed since; a donor's file imports; a file that is not valid IATI, or breaks
 * Sawa's rules, is refused at its line with nothing written.
 */
@SawaTest
class IatiTest {

	/** SHA-256 of the official IATI 2.03 schemas (../shared/standards/iati). */
	static final Map<String, String> OFFICIAL = Map.of("iati-activities-schema.xsd",
			"62c91a66c82ee26864d5e6c3f4bd6358de14d3aec69bc649db85da9f9a0792bc", "iati-common.xsd",
			"322692e4ea1f4434b154855f381eb4bd972aaa2e1349dfaf9578b775ad6c9c6b", "iati-organisations-schema.xsd",
			"c1fc48f53924e479db6fffa5584e2e4cc55f745c0269c519f44f9a03d77ce736", "xml.xsd",
			"61960fb3131e38022caad5360e2f33a3382578ab3c80cd58bd74320ede61b20c");

	@Autowired
	IatiFiles iati;

	@Autowired
	Projects projects;

	@Autowired
	ProjectWriting writing;

	@Autowired
	Territories territories;

	@Autowired
	People people;

	private Territory region() {
		return territories.byCode("MA-05").orElseThrow();
	}

	@Test
	void the_schemas_sawa_validates_with_are_the_official_ones() throws Exception {
		for (var e : OFFICIAL.entrySet()) {
			try (InputStream in = getClass().getResourceAsStream("/iati/2.03/" + e.getKey())) {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
				assertThat(HexFormat.of().formatHex(hash)).as(e.getKey()).isEqualTo(e.getValue());
			}
		}
	}

	@Test
	void the_regions_export_is_valid_iati_and_keeps_the_rules_the_schema_does_not_express() throws Exception {
		byte[] file = iati.export(region(), true);
		var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getResource("/iati/2.03/iati-activities-schema.xsd"));
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
		Document doc = parse(file);
		NodeList activities = doc.getElementsByTagName("iati-activity");
		assertThat(activities.getLength()).isGreaterThanOrEqualTo(30 + 19);
		Set<String> sectors = projects.sectors().keySet();
		for (int i = 0; i < activities.getLength(); i++) {
			Element a = (Element) activities.item(i);
			String identifier = text(a, "iati-identifier");
			Element reporting = first(a, "reporting-org");
			assertThat(identifier).startsWith(reporting.getAttribute("ref") + "-");
			assertThat(reporting.getAttribute("type")).isIn(Project.ORGANISATION_TYPES);
			assertThat(first(a, "activity-status").getAttribute("code")).isIn("1", "2", "3", "4", "5", "6");
			assertThat(a.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isIn("ar", "fr", "en", "zgh");
			assertThat(a.getAttribute("default-currency")).isEqualTo("MAD");
			Map<String, LocalDate> dates = new TreeMap<>();
			for (Element d : all(a, "activity-date")) {
				assertThat(d.getAttribute("type")).isIn("1", "2", "3", "4");
				dates.put(d.getAttribute("type"), LocalDate.parse(d.getAttribute("iso-date")));
			}
			assertThat(dates.get("3")).as(identifier).isAfterOrEqualTo(dates.get("1"));
			if (dates.containsKey("4")) {
				assertThat(dates.get("4")).as(identifier).isAfterOrEqualTo(dates.get("2"));
			}
			for (Element o : all(a, "participating-org")) {
				assertThat(o.getAttribute("role")).isIn("1", "2", "3", "4");
				assertThat(o.getAttribute("type")).isIn(Project.ORGANISATION_TYPES);
			}
			for (Element s : all(a, "sector")) {
				assertThat(s.getAttribute("vocabulary")).isEqualTo("1");
				assertThat(s.getAttribute("code")).isIn(sectors);
			}
			for (Element m : all(a, "policy-marker")) {
				assertThat(m.getAttribute("vocabulary") + "/" + m.getAttribute("code")).isEqualTo("1/1");
				assertThat(m.getAttribute("significance")).isIn("0", "1", "2");
			}
			for (Element l : all(a, "location")) {
				assertThat(territories.byCode(l.getAttribute("ref"))).isPresent();
				assertThat(first(l, "administrative").getAttribute("vocabulary")).isEqualTo("A4");
			}
			for (Element t : all(a, "transaction")) {
				assertThat(first(t, "transaction-type").getAttribute("code")).isIn("1", "2", "3", "4");
				assertThat(first(t, "value").getAttribute("currency")).isEqualTo("MAD");
				assertThat(new java.math.BigDecimal(first(t, "value").getTextContent())).isNotNegative();
			}
			for (Element b : all(a, "budget")) {
				assertThat(LocalDate.parse(first(b, "period-end").getAttribute("iso-date")))
					.isAfter(LocalDate.parse(first(b, "period-start").getAttribute("iso-date")));
			}
			for (Element r : all(a, "result")) {
				assertThat(r.getAttribute("type")).isIn("1", "2", "3");
			}
		}
		String text = new String(file, StandardCharsets.UTF_8);
		// narratives in each language present: the Arabic title beside the French
		// original
		assertThat(text).contains("<narrative xml:lang=\"ar\">تزويد دواوير ناور بالماء الصالح للشرب</narrative>");
		// jobs by sex and age band as output indicators with their dimensions
		assertThat(text).contains("<reference code=\"jobs_permanent\" vocabulary=\"99\"/>",
				"<dimension name=\"sex\" value=\"female\"/>", "<dimension name=\"age_band\" value=\"18-24\"/>");
	}

	@Test
	void the_export_imports_again_unchanged_and_restores_a_changed_project() {
		long staff = people.withRole(people.address("iati.roundtrip"), Role.STAFF, "MA-05");
		List<ProjectData> before = data(projects.in(region()));
		byte[] file = iati.export(region(), true);
		ImportReport again = iati.importFile(region(), file, "export.xml", staff);
		assertThat(again.problems()).isEmpty();
		assertThat(again.inserted()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(before.size());
		assertThat(data(projects.in(region()))).isEqualTo(before);

		ProjectData original = projects.byIdentifier("MA-COA-MA-05-TAPIS-AZI").orElseThrow().data();
		ProjectData changed = new ProjectData(original.identifier(), original.territoryId(), original.language(),
				original.title() + " (nouvelle tranche)", original.description(), original.status(), original.sector(),
				original.programme(), original.programmeName(), original.genderMarker(), original.plannedStart(),
				original.plannedEnd(), original.actualStart(), original.actualEnd(), original.place(),
				original.reporting(), original.locations(), original.orgs(), original.budgets(),
				original.transactions(), original.milestones(), original.figures(), original.results(),
				original.commitments(), original.jobsNote(), original.origin(), original.versions());
		writing.update(original.identifier(), changed, "Changement de titre pour l'essai", staff);
		ImportReport restore = iati.importFile(region(), file, "export.xml", staff);
		assertThat(restore.updated()).isEqualTo(1);
		assertThat(projects.byIdentifier("MA-COA-MA-05-TAPIS-AZI").orElseThrow().data()).isEqualTo(original);
	}

	@Test
	void a_donors_file_imports_and_what_sawa_cannot_keep_is_left_out_and_counted() {
		long staff = people.withRole(people.address("iati.donor"), Role.STAFF, "MA-BEM");
		String file = """
				<?xml version="1.0" encoding="UTF-8"?>
				<iati-activities version="2.03" generated-datetime="2026-11-01T10:00:00Z">
				 <iati-activity xml:lang="en" default-currency="MAD" last-updated-datetime="2026-11-01T10:00:00Z">
				  <iati-identifier>US-GOV-1-72060826C00007</iati-identifier>
				  <reporting-org ref="US-GOV-1" type="10"><narrative>USAID</narrative></reporting-org>
				  <title><narrative>Women's cooperatives of Naour</narrative><narrative xml:lang="fr">Coopératives de femmes de Naour</narrative></title>
				  <description><narrative>Support to three women's cooperatives in the commune of Naour.</narrative></description>
				  <participating-org ref="US-GOV-1" role="1" type="10"><narrative>USAID</narrative></participating-org>
				  <participating-org role="4"><narrative>Association Amal</narrative></participating-org>
				  <activity-status code="2"/>
				  <activity-date iso-date="2026-01-15" type="1"/>
				  <activity-date iso-date="2026-02-01" type="2"/>
				  <activity-date iso-date="2027-12-31" type="3"/>
				  <recipient-country code="MA" percentage="100"/>
				  <location><name><narrative>Naour</narrative></name></location>
				  <sector vocabulary="1" code="31194" percentage="100"/>
				  <budget><period-start iso-date="2026-01-01"/><period-end iso-date="2026-12-31"/><value value-date="2026-01-01">900000</value></budget>
				  <transaction><transaction-type code="3"/><transaction-date iso-date="2026-03-01"/><value value-date="2026-03-01">300000</value></transaction>
				  <transaction><transaction-type code="11"/><transaction-date iso-date="2026-01-10"/><value value-date="2026-01-10">900000</value></transaction>
				 </iati-activity>
				</iati-activities>
				""";
		// into the other region, its place is not found there
		long laayoune = people.withRole(people.address("iati.donor.laayoune"), Role.STAFF, "MA-11");
		ImportReport elsewhere = iati.importFile(territories.byCode("MA-11").orElseThrow(),
				file.getBytes(StandardCharsets.UTF_8), "usaid.xml", laayoune);
		assertThat(elsewhere.problems()).extracting(p -> p.messageKey()).containsExactly("project.iati.place");
		assertThat(projects.byIdentifier("US-GOV-1-72060826C00007")).isEmpty();
		ImportReport report = iati.importFile(territories.byCode("MA-BEM").orElseThrow(),
				file.getBytes(StandardCharsets.UTF_8), "usaid.xml", staff);
		assertThat(report.problems()).isEmpty();
		assertThat(report.inserted()).isEqualTo(1);
		Project imported = projects.byIdentifier("US-GOV-1-72060826C00007").orElseThrow();
		assertThat(imported.data().language()).isEqualTo("en");
		assertThat(imported.data().versions().get("title")).containsEntry("fr", "Coopératives de femmes de Naour");
		assertThat(imported.data().locations()).containsExactly(territories.byCode("MA-BEM-07").orElseThrow().id());
		assertThat(imported.data().orgs(4).get(0).type()).isEqualTo("90");
		assertThat(imported.spent()).isEqualByComparingTo("300000");
		assertThat(imported.data().transactions()).hasSize(1);
	}

	@Test
	void a_file_that_is_not_valid_iati_or_breaks_the_rules_is_refused_at_its_line_with_nothing_written() {
		long staff = people.withRole(people.address("iati.refused"), Role.STAFF, "MA-05");
		String export = new String(iati.export(region(), true), StandardCharsets.UTF_8);
		String withoutReporting = export.replaceFirst("(?s)<reporting-org[^>]*>.*?</reporting-org>", "");
		ImportReport invalid = iati.importFile(region(), withoutReporting.getBytes(StandardCharsets.UTF_8), "x.xml",
				staff);
		assertThat(invalid.applied()).isFalse();
		assertThat(invalid.problems().get(0).messageKey()).isEqualTo("project.iati.schema");
		assertThat(invalid.problems().get(0).line()).isGreaterThan(1);
		assertThat(String.valueOf(invalid.problems().get(0).arguments()[0])).contains("reporting-org");

		String identifier = "MA-COA-MA-05-ECO-AZI";
		ProjectData before = projects.byIdentifier(identifier).orElseThrow().data();
		int at = export.indexOf("<iati-identifier>" + identifier);
		String broken = export.substring(0, at) + export.substring(at)
			.replaceFirst("code=\"33210\"", "code=\"99999\"")
			.replaceFirst(
					"(<transaction>\\s*<transaction-type code=\"4\"/>\\s*<transaction-date iso-date=\"[^\"]+\"/>\\s*<value[^>]*>)([0-9.]+)",
					"$1-$2")
			.replaceFirst("Écotourisme dans la province", "Écotourisme modifié dans la province");
		ImportReport refused = iati.importFile(region(), broken.getBytes(StandardCharsets.UTF_8), "x.xml", staff);
		assertThat(refused.applied()).isFalse();
		List<String> keys = new ArrayList<>();
		refused.problems().forEach(p -> keys.add(p.messageKey() + "@" + p.column()));
		assertThat(keys).contains("project.error.sector@sector");
		assertThat(keys).anyMatch(k -> k.matches("project\\.error\\.negative@transaction\\.[0-9]+\\.amount"));
		String upTo = export.substring(0, export.lastIndexOf("<iati-activity", at));
		long line = upTo.chars().filter(c -> c == '\n').count() + 1;
		assertThat(refused.problems()).allMatch(p -> p.line() == line);
		assertThat(projects.byIdentifier(identifier).orElseThrow().data()).isEqualTo(before);

		// the region's file into the other region: its projects are not that region's to
		// change
		long laayoune = people.withRole(people.address("iati.outside"), Role.STAFF, "MA-11");
		ImportReport outside = iati.importFile(territories.byCode("MA-11").orElseThrow(),
				export.getBytes(StandardCharsets.UTF_8), "x.xml", laayoune);
		assertThat(outside.applied()).isFalse();
		assertThat(outside.problems()).allMatch(p -> p.messageKey().equals("project.error.notYours"));
	}

	private static List<ProjectData> data(List<Project> list) {
		return list.stream().map(Project::data).toList();
	}

	private static Document parse(byte[] file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
	}

	private static List<Element> all(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getNamespaceURI() == null && e.getLocalName().equals(name)) {
				found.add(e);
			}
		}
		return found;
	}

	private static Element first(Element parent, String name) {
		return all(parent, name).get(0);
	}

	private static String text(Element parent, String name) {
		return first(parent, name).getTextContent().strip();
	}

}
