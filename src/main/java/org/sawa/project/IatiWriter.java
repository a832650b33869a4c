package org.sawa.project;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.sawa.territory.Territory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes projects as an IATI 2.03 {@code iati-activities} document: narratives in each
 * language present, the DAC sector, the gender equality policy marker, locations as the
 * territories (Sawa's code as the location's reference, Morocco as its administrative
 * area), budgets by year, planned disbursements by funder, transactions, results, jobs
 * and beneficiaries as output indicators broken down by sex, age band, disability and
 * area; and, in Sawa's namespace, what IATI has no element for.
 */
final class IatiWriter {

	/** How a figure of people is written: exactly, or as the public may see it. */
	interface Figures {

		/** The figure to publish, or null for "fewer than five". */
		Long shown(Project project, ProjectData.Figure figure);

	}

	private final Document doc;

	private final LongFunction<Territory> territory;

	private final String baseUrl;

	private final Figures figures;

	private IatiWriter(Document doc, LongFunction<Territory> territory, String baseUrl, Figures figures) {
		this.doc = doc;
		this.territory = territory;
		this.baseUrl = baseUrl;
		this.figures = figures;
	}

	static byte[] write(List<Project> projects, java.time.Instant generated, LongFunction<Territory> territory,
			String baseUrl, Figures figures) {
		try {
			Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			IatiWriter writer = new IatiWriter(doc, territory, baseUrl, figures);
			Element root = doc.createElement("iati-activities");
			root.setAttribute("version", Iati.VERSION);
			root.setAttribute("generated-datetime", time(generated));
			root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:sawa", Iati.SAWA);
			doc.appendChild(root);
			projects.forEach(p -> writer.activity(root, p));
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(doc), new StreamResult(out));
			return out.toByteArray();
		}
		catch (ParserConfigurationException | TransformerException ex) {
			throw new IllegalStateException("the JDK's XML support fails", ex);
		}
	}

	private static String time(java.time.Instant at) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	private void activity(Element root, Project project) {
		ProjectData p = project.data();
		Element a = el(root, "iati-activity", "last-updated-datetime", time(project.updatedAt()), "default-currency",
				Iati.CURRENCY);
		a.setAttributeNS(Iati.XML, "xml:lang", p.language());
		el(a, "iati-identifier").setTextContent(p.identifier());
		Element reporting = el(a, "reporting-org", "ref", p.reporting().ref(), "type", p.reporting().type());
		narrative(reporting, p.reporting().name(), null);
		texts(el(a, "title"), p.title(), p.versions().get("title"));
		texts(el(a, "description", "type", Iati.GENERAL), p.description(), p.versions().get("description"));
		if (!p.jobsNote().isEmpty()) {
			narrative(el(a, "description", "type", Iati.OTHER), p.jobsNote(), null);
		}
		for (ProjectData.Org o : p.orgs()) {
			Element org = el(a, "participating-org", "role", String.valueOf(o.role()), "type", o.type());
			if (!o.ref().isEmpty()) {
				org.setAttribute("ref", o.ref());
			}
			narrative(org, o.name(), null);
		}
		if (!p.origin().isEmpty()) {
			el(a, "other-identifier", "ref", p.origin(), "type", Iati.INTERNAL_IDENTIFIER);
		}
		el(a, "activity-status", "code", String.valueOf(p.status()));
		date(a, Iati.PLANNED_START, p.plannedStart());
		date(a, Iati.ACTUAL_START, p.actualStart());
		date(a, Iati.PLANNED_END, p.plannedEnd());
		date(a, Iati.ACTUAL_END, p.actualEnd());
		el(a, "recipient-country", "code", "MA", "percentage", "100");
		p.locations().forEach(id -> location(a, territory.apply(id), p.place()));
		el(a, "sector", "vocabulary", Iati.DAC, "code", p.sector(), "percentage", "100");
		if (p.genderMarker() != null) {
			el(a, "policy-marker", "vocabulary", Iati.DAC, "code", Iati.GENDER_EQUALITY, "significance",
					String.valueOf(p.genderMarker()));
		}
		money(a, p);
		Element page = el(a, "document-link", "url", baseUrl + "/projects/" + p.identifier(), "format", "text/html");
		narrative(el(page, "title"), p.title(), null);
		el(page, "category", "code", Iati.WEB_PAGE);
		p.results().forEach(r -> result(a, r));
		figureResults(a, project);
		extension(a, project);
	}

	private void location(Element a, Territory t, String place) {
		Element location = el(a, "location", "ref", t.code());
		el(location, "location-reach", "code", "1");
		Element name = el(location, "name");
		narrative(name, t.names().getOrDefault("fr", t.code()), null);
		for (String language : List.of("ar", "en", "zgh")) {
			String n = t.names().get(language);
			if (n != null && !n.isBlank()) {
				narrative(name, n, language);
			}
		}
		if (!place.isEmpty()) {
			narrative(el(location, "description"), place, null);
		}
		el(location, "administrative", "vocabulary", Iati.COUNTRY_VOCABULARY, "level", "0", "code", "MA");
		el(location, "exactness", "code", "2");
		el(location, "location-class", "code", "1");
	}

	private void money(Element a, ProjectData p) {
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		p.budgets().forEach(b -> byYear.merge(b.year(), b.amount(), BigDecimal::add));
		byYear.forEach((year, amount) -> {
			Element budget = el(a, "budget", "type", "1", "status", "2");
			el(budget, "period-start", "iso-date", Iati.yearStart(year).toString());
			el(budget, "period-end", "iso-date", Iati.yearEnd(year).toString());
			value(budget, amount, Iati.yearStart(year));
		});
		for (ProjectData.Budget b : p.budgets()) {
			Element planned = el(a, "planned-disbursement", "type", "1");
			el(planned, "period-start", "iso-date", Iati.yearStart(b.year()).toString());
			el(planned, "period-end", "iso-date", Iati.yearEnd(b.year()).toString());
			value(planned, b.amount(), Iati.yearStart(b.year()));
			if (!b.funder().isEmpty()) {
				narrative(el(planned, "provider-org"), b.funder(), null);
			}
		}
		for (ProjectData.Money m : p.transactions()) {
			Element t = el(a, "transaction");
			el(t, "transaction-type", "code", String.valueOf(m.type()));
			el(t, "transaction-date", "iso-date", m.day().toString());
			value(t, m.amount(), m.day());
			if (!m.description().isEmpty()) {
				narrative(el(t, "description"), m.description(), null);
			}
			if (!m.party().isEmpty()) {
				narrative(el(t, m.type() == 1 ? "provider-org" : "receiver-org"), m.party(), null);
			}
		}
	}

	private void value(Element parent, BigDecimal amount, LocalDate day) {
		el(parent, "value", "currency", Iati.CURRENCY, "value-date", day.toString())
			.setTextContent(amount.toPlainString());
	}

	private void result(Element a, ProjectData.Result r) {
		Element result = el(a, "result", "type", String.valueOf(r.type()));
		narrative(el(result, "title"), r.title(), null);
		Element indicator = el(result, "indicator", "measure", String.valueOf(r.measure()));
		narrative(el(indicator, "title"), r.indicator(), null);
		if (r.baselineYear() != null) {
			Element baseline = el(indicator, "baseline", "year", String.valueOf(r.baselineYear()));
			if (r.baselineValue() != null) {
				baseline.setAttribute("value", r.baselineValue().toPlainString());
			}
		}
		Element period = el(indicator, "period");
		el(period, "period-start", "iso-date", Iati.yearStart(r.year()).toString());
		el(period, "period-end", "iso-date", Iati.yearEnd(r.year()).toString());
		if (r.target() != null) {
			el(period, "target", "value", r.target().toPlainString());
		}
		if (r.actual() != null) {
			el(period, "actual", "value", r.actual().toPlainString());
		}
	}

	/**
	 * Jobs and beneficiaries for IATI's readers: one output, an indicator per measure
	 * (referenced by Sawa's code), a period per year, a target per planned figure and an
	 * actual per actual one, each with its group as dimensions.
	 */
	private void figureResults(Element a, Project project) {
		ProjectData p = project.data();
		if (p.figures().isEmpty()) {
			return;
		}
		Element result = el(a, "result", "type", "1");
		narrative(el(result, "title"), "Emplois et bénéficiaires", null);
		for (String measure : Project.MEASURES) {
			Map<Integer, List<ProjectData.Figure>> byYear = new TreeMap<>();
			p.figures()
				.stream()
				.filter(f -> f.measure().equals(measure))
				.forEach(f -> byYear.computeIfAbsent(f.year(), y -> new java.util.ArrayList<>()).add(f));
			if (byYear.isEmpty()) {
				continue;
			}
			Element indicator = el(result, "indicator", "measure", "1", "ascending", "true");
			narrative(el(indicator, "title"), switch (measure) {
				case "jobs_permanent" -> "Emplois permanents";
				case "jobs_temporary" -> "Emplois temporaires";
				default -> "Bénéficiaires";
			}, null);
			el(indicator, "reference", "vocabulary", Iati.OWN, "code", measure);
			byYear.forEach((year, list) -> {
				Element period = el(indicator, "period");
				el(period, "period-start", "iso-date", Iati.yearStart(year).toString());
				el(period, "period-end", "iso-date", Iati.yearEnd(year).toString());
				for (String stage : Project.STAGES) {
					list.stream().filter(f -> f.stage().equals(stage)).forEach(f -> {
						Element e = el(period, "planned".equals(stage) ? "target" : "actual");
						Long shown = "planned".equals(stage) ? Long.valueOf(f.value()) : figures.shown(project, f);
						if (shown != null) {
							e.setAttribute("value", String.valueOf(shown));
						}
						for (String dimension : ProjectChecks.DIMENSIONS) {
							if (!f.option(dimension).isEmpty()) {
								el(e, "dimension", "name", dimension, "value", f.option(dimension));
							}
						}
						if (shown == null) {
							narrative(el(e, "comment"), "< 5", null);
						}
					});
				}
			});
		}
	}

	/** What IATI has no element for, in Sawa's namespace at the activity's end. */
	private void extension(Element a, Project project) {
		ProjectData p = project.data();
		Element sawa = sawa(a, "project", "territory", territory.apply(p.territoryId()).code(), "programme",
				p.programme());
		if (!p.programmeName().isEmpty()) {
			sawa.setAttribute("programme-name", p.programmeName());
		}
		p.commitments().forEach(c -> sawa(sawa, "commitment", "code", c));
		p.milestones().forEach(m -> {
			Element e = sawa(sawa, "milestone", "title", m.title(), "weight", String.valueOf(m.weight()));
			if (m.dueOn() != null) {
				e.setAttribute("due", m.dueOn().toString());
			}
			if (m.doneOn() != null) {
				e.setAttribute("done", m.doneOn().toString());
			}
		});
		p.figures().forEach(f -> {
			Long shown = "planned".equals(f.stage()) ? Long.valueOf(f.value()) : figures.shown(project, f);
			Element e = sawa(sawa, "figure", "measure", f.measure(), "stage", f.stage(), "year",
					String.valueOf(f.year()), "as-of", f.asOf().toString(), "source", f.source());
			e.setAttribute("value", shown == null ? "" : String.valueOf(shown));
			for (String dimension : ProjectChecks.DIMENSIONS) {
				if (!f.option(dimension).isEmpty()) {
					e.setAttribute(dimension.replace('_', '-'), f.option(dimension));
				}
			}
		});
	}

	private Element sawa(Element parent, String name, String... attributes) {
		Element e = doc.createElementNS(Iati.SAWA, "sawa:" + name);
		for (int i = 0; i < attributes.length; i += 2) {
			e.setAttribute(attributes[i], attributes[i + 1]);
		}
		parent.appendChild(e);
		return e;
	}

	private void date(Element a, int type, LocalDate day) {
		if (day != null) {
			el(a, "activity-date", "type", String.valueOf(type), "iso-date", day.toString());
		}
	}

	/** The original (the activity's language), then each version with its language. */
	private void texts(Element parent, String original, Map<String, String> versions) {
		narrative(parent, original, null);
		if (versions != null) {
			new TreeMap<>(versions).forEach((language, text) -> narrative(parent, text, language));
		}
	}

	private void narrative(Element parent, String text, String language) {
		Element n = el(parent, "narrative");
		if (language != null) {
			n.setAttributeNS(Iati.XML, "xml:lang", language);
		}
		n.setTextContent(text);
	}

	private Element el(Element parent, String name, String... attributes) {
		Element e = doc.createElement(name);
		for (int i = 0; i < attributes.length; i += 2) {
			e.setAttribute(attributes[i], attributes[i + 1]);
		}
		parent.appendChild(e);
		return e;
	}

}
