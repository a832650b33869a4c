package org.sawa.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sawa.imports.ImportProblem;
import org.sawa.input.SearchFolding;
import org.sawa.territory.Territory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a valid IATI 2.03 file's activities into projects: what Sawa keeps is read from
 * IATI's elements (and from Sawa's extension when the file is Sawa's own export); what it
 * cannot keep is refused at its line (another currency, a sector outside the DAC codes
 * Sawa knows, a place it cannot find within the collectivity) or left out and counted
 * (transactions other than incoming funds, commitments, disbursements and expenditures;
 * indicators that are neither units nor percentages).
 */
final class IatiReader {

	/** An activity read, with the line it starts on. */
	record Activity(int line, ProjectData data) {
	}

	/** The activities, the problems found and how many elements were left out. */
	record Read(List<Activity> activities, List<ImportProblem> problems, int leftOut) {
	}

	/** What the reader needs to know of Sawa. */
	record Context(Territory collectivity, Function<String, Optional<Territory>> byCode, List<Territory> places,
			Function<String, Optional<Project>> existing) {
	}

	private final Context context;

	private final List<ImportProblem> problems = new ArrayList<>();

	private int leftOut;

	private IatiReader(Context context) {
		this.context = context;
	}

	static Read read(Document doc, Context context) {
		IatiReader reader = new IatiReader(context);
		List<Activity> activities = new ArrayList<>();
		for (Element a : children(doc.getDocumentElement(), "iati-activity")) {
			ProjectData data = reader.activity(a);
			if (data != null) {
				activities.add(new Activity(IatiXml.line(a), data));
			}
		}
		return new Read(activities, reader.problems, reader.leftOut);
	}

	private void problem(Element at, String key, Object... arguments) {
		problems.add(new ImportProblem(IatiXml.line(at), at.getTagName(), key, arguments));
	}

	private ProjectData activity(Element a) {
		int before = problems.size();
		String language = a.getAttributeNS(Iati.XML, "lang");
		language = language.isEmpty() ? "fr" : language;
		String currency = a.getAttribute("default-currency");
		String identifier = text(child(a, "iati-identifier"));
		Element reportingOrg = child(a, "reporting-org");
		ProjectData.Org reporting = new ProjectData.Org(0, reportingOrg.getAttribute("ref"),
				reportingOrg.getAttribute("type"), original(reportingOrg, language));
		Map<String, Map<String, String>> versions = new HashMap<>();
		String title = texts(child(a, "title"), language, "title", versions);
		String description = "";
		String note = "";
		for (Element d : children(a, "description")) {
			String type = d.getAttribute("type");
			if (Iati.OTHER.equals(type) && note.isEmpty()) {
				note = original(d, language);
			}
			else if ((type.isEmpty() || Iati.GENERAL.equals(type)) && description.isEmpty()) {
				description = texts(d, language, "description", versions);
			}
		}
		List<ProjectData.Org> orgs = new ArrayList<>();
		for (Element o : children(a, "participating-org")) {
			String name = original(o, language);
			String type = o.getAttribute("type").isEmpty() ? "90" : o.getAttribute("type");
			orgs.add(new ProjectData.Org(integer(o, "role"), o.getAttribute("ref"), type,
					name.isEmpty() ? o.getAttribute("ref") : name));
		}
		String origin = "";
		for (Element other : children(a, "other-identifier")) {
			if (Iati.INTERNAL_IDENTIFIER.equals(other.getAttribute("type"))) {
				origin = other.getAttribute("ref");
			}
		}
		Map<Integer, LocalDate> dates = new HashMap<>();
		children(a, "activity-date").forEach(d -> dates.put(integer(d, "type"), date(d, "iso-date")));
		Element extension = sawa(a, "project").orElse(null);
		List<Long> locations = new ArrayList<>();
		String place = "";
		for (Element l : children(a, "location")) {
			place(l).ifPresent(t -> locations.add(t.id()));
			Element d = child(l, "description");
			if (d != null && place.isEmpty()) {
				place = original(d, language);
			}
		}
		if (locations.isEmpty()) {
			locations.add(context.collectivity().id());
		}
		ProjectData data = new ProjectData(identifier, keeper(identifier, extension), language, title, description,
				integer(child(a, "activity-status"), "code"), sector(a), programme(extension),
				extension == null ? "" : extension.getAttribute("programme-name"), genderMarker(a),
				dates.get(Iati.PLANNED_START), dates.get(Iati.PLANNED_END), dates.get(Iati.ACTUAL_START),
				dates.get(Iati.ACTUAL_END), place, reporting, locations.stream().distinct().sorted().toList(), orgs,
				budgets(a, currency), transactions(a, currency), IatiExtension.milestones(extension),
				figures(a, extension), results(a), IatiExtension.commitments(extension), note, origin, versions);
		return problems.size() > before ? null : data;
	}

	/**
	 * The collectivity that keeps it: as before, else as Sawa's export says, else the
	 * chosen one.
	 */
	private long keeper(String identifier, Element extension) {
		Optional<Project> known = context.existing().apply(identifier);
		if (known.isPresent()) {
			return known.get().territoryId();
		}
		if (extension != null) {
			Optional<Territory> said = context.byCode().apply(extension.getAttribute("territory"));
			if (said.isPresent() && context.collectivity().contains(said.get())) {
				return said.get().id();
			}
		}
		return context.collectivity().id();
	}

	private Optional<Territory> place(Element location) {
		Optional<Territory> byRef = context.byCode().apply(location.getAttribute("ref"));
		if (byRef.isPresent()) {
			return byRef;
		}
		Element name = child(location, "name");
		if (name != null) {
			for (Element n : children(name, "narrative")) {
				String folded = SearchFolding.fold(n.getTextContent().strip());
				Optional<Territory> found = context.places()
					.stream()
					.filter(t -> t.names().values().stream().anyMatch(v -> SearchFolding.fold(v).equals(folded)))
					.findFirst();
				if (found.isPresent()) {
					return found;
				}
			}
		}
		problem(location, "project.iati.place", location.getAttribute("ref"));
		return Optional.empty();
	}

	private String sector(Element a) {
		Element best = null;
		for (Element s : children(a, "sector")) {
			String vocabulary = s.getAttribute("vocabulary");
			if ((vocabulary.isEmpty() || Iati.DAC.equals(vocabulary))
					&& (best == null || decimal(s, "percentage", BigDecimal.ZERO)
						.compareTo(decimal(best, "percentage", BigDecimal.ZERO)) > 0)) {
				best = s;
			}
		}
		if (best == null) {
			problem(a, "project.iati.noSector");
			return "";
		}
		return best.getAttribute("code");
	}

	private static String programme(Element extension) {
		String programme = extension == null ? "" : extension.getAttribute("programme");
		return programme.isEmpty() ? "donor" : programme;
	}

	private static Integer genderMarker(Element a) {
		for (Element m : children(a, "policy-marker")) {
			String vocabulary = m.getAttribute("vocabulary");
			if ((vocabulary.isEmpty() || Iati.DAC.equals(vocabulary))
					&& Iati.GENDER_EQUALITY.equals(m.getAttribute("code"))
					&& !m.getAttribute("significance").isEmpty()) {
				return Integer.valueOf(m.getAttribute("significance"));
			}
		}
		return null;
	}

	private List<ProjectData.Budget> budgets(Element a, String currency) {
		List<ProjectData.Budget> budgets = new ArrayList<>();
		List<Element> planned = children(a, "planned-disbursement");
		for (Element e : planned.isEmpty() ? children(a, "budget") : planned) {
			Element provider = child(e, "provider-org");
			String funder = provider == null ? "" : original(provider, "");
			budgets.add(new ProjectData.Budget(year(child(e, "period-start")), funder,
					amount(child(e, "value"), currency)));
		}
		Map<String, ProjectData.Budget> merged = new LinkedHashMap<>();
		budgets.forEach(b -> merged.merge(b.year() + "/" + b.funder(), b,
				(x, y) -> new ProjectData.Budget(x.year(), x.funder(), x.amount().add(y.amount()))));
		return merged.values()
			.stream()
			.sorted(java.util.Comparator.comparingInt(ProjectData.Budget::year)
				.thenComparing(ProjectData.Budget::funder))
			.toList();
	}

	private List<ProjectData.Money> transactions(Element a, String currency) {
		List<ProjectData.Money> money = new ArrayList<>();
		for (Element t : children(a, "transaction")) {
			int type = integer(child(t, "transaction-type"), "code");
			if (!Project.TRANSACTION_TYPES.contains(type)) {
				leftOut++;
				continue;
			}
			Element party = child(t, type == 1 ? "provider-org" : "receiver-org");
			Element description = child(t, "description");
			money.add(new ProjectData.Money(type, date(child(t, "transaction-date"), "iso-date"),
					amount(child(t, "value"), currency), party == null ? "" : original(party, ""),
					description == null ? "" : original(description, "")));
		}
		return money;
	}

	private List<ProjectData.Figure> figures(Element a, Element extension) {
		if (extension != null) {
			return IatiExtension.figures(extension, this::problem);
		}
		return List.of();
	}

	private List<ProjectData.Result> results(Element a) {
		List<ProjectData.Result> results = new ArrayList<>();
		for (Element r : children(a, "result")) {
			for (Element i : children(r, "indicator")) {
				boolean ours = children(i, "reference").stream()
					.anyMatch(ref -> Iati.OWN.equals(ref.getAttribute("vocabulary"))
							&& Project.MEASURES.contains(ref.getAttribute("code")));
				int measure = integer(i, "measure");
				int type = integer(r, "type");
				if (ours || (measure != 1 && measure != 2) || type < 1 || type > 3) {
					leftOut += ours ? 0 : 1;
					continue;
				}
				Element baseline = child(i, "baseline");
				for (Element p : children(i, "period")) {
					Element target = child(p, "target");
					Element actual = child(p, "actual");
					results.add(new ProjectData.Result(type, original(child(r, "title"), ""),
							original(child(i, "title"), ""), measure,
							baseline == null ? null : integer(baseline, "year"),
							baseline == null ? null : decimal(baseline, "value", null), year(child(p, "period-start")),
							target == null ? null : decimal(target, "value", null),
							actual == null ? null : decimal(actual, "value", null)));
				}
			}
		}
		return results;
	}

	private BigDecimal amount(Element value, String currency) {
		String own = value.getAttribute("currency");
		String in = own.isEmpty() ? currency : own;
		if (!Iati.CURRENCY.equals(in)) {
			problem(value, "project.iati.currency", in.isEmpty() ? "?" : in);
		}
		return new BigDecimal(value.getTextContent().strip());
	}

	// reading helpers

	static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getNamespaceURI() == null && name.equals(e.getTagName())) {
				found.add(e);
			}
		}
		return found;
	}

	static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.get(0);
	}

	private static Optional<Element> sawa(Element parent, String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && Iati.SAWA.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	static String text(Element e) {
		return e == null ? "" : e.getTextContent().strip();
	}

	/** The narrative in the activity's language (or without one), else the first. */
	private static String original(Element parent, String language) {
		List<Element> narratives = children(parent, "narrative");
		for (Element n : narratives) {
			String lang = n.getAttributeNS(Iati.XML, "lang");
			if (lang.isEmpty() || lang.equals(language)) {
				return n.getTextContent().strip();
			}
		}
		return narratives.isEmpty() ? "" : narratives.get(0).getTextContent().strip();
	}

	/** The original, with the narratives in Sawa's other languages kept as versions. */
	private static String texts(Element parent, String language, String field,
			Map<String, Map<String, String>> versions) {
		String original = original(parent, language);
		for (Element n : children(parent, "narrative")) {
			String lang = n.getAttributeNS(Iati.XML, "lang");
			if (!lang.isEmpty() && !lang.equals(language) && org.sawa.db.TextVersions.LANGUAGES.contains(lang)) {
				versions.computeIfAbsent(field, f -> new java.util.TreeMap<>()).put(lang, n.getTextContent().strip());
			}
		}
		return original;
	}

	/** The year of a period's start (0 when unreadable, refused by the checks). */
	static int year(Element e) {
		LocalDate day = date(e, "iso-date");
		return day == null ? 0 : day.getYear();
	}

	static int integer(Element e, String attribute) {
		try {
			return Integer.parseInt(e.getAttribute(attribute).strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	static BigDecimal decimal(Element e, String attribute, BigDecimal otherwise) {
		try {
			return new BigDecimal(e.getAttribute(attribute).strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	/** A day; an xsd:date may carry a time zone, which a day in Sawa does not. */
	static LocalDate date(Element e, String attribute) {
		String text = e == null ? "" : e.getAttribute(attribute).strip();
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
