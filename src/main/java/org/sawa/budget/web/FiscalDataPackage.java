package org.sawa.budget.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.budget.Budget;
import org.sawa.territory.Territory;

/**
 * The descriptor ({@code datapackage.json}) of a budget's flat lines as a Fiscal Data
 * Package: a tabular data package whose one resource is the lines CSV beside it, with a
 * model that says which columns are the amounts (measures: voted is the approved phase,
 * amended the adjusted, executed the executed, in dirhams) and which classify them
 * (dimensions: administrative, functional, economic, the direction, the date and the
 * gender marker).
 */
final class FiscalDataPackage {

	private FiscalDataPackage() {
	}

	static Map<String, Object> describe(Budget budget, Territory territory, String code, String baseUrl) {
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("profile", "fiscal-data-package");
		descriptor.put("name", ("sawa-budget-" + code + "-" + budget.year()).toLowerCase(Locale.ROOT));
		descriptor.put("title", "Budget " + budget.year() + " — " + territory.name(Locale.FRENCH));
		descriptor.put("description", budget.source());
		descriptor.put("homepage", baseUrl + "/budgets/" + code + "/" + budget.year());
		descriptor.put("countryCode", "MA");
		descriptor.put("fiscalPeriod", Map.of("start", budget.year() + "-01-01", "end", budget.year() + "-12-31"));
		descriptor.put("granularity", "aggregated");
		descriptor.put("licenses",
				List.of(Map.of("name", "ODC-PDDL-1.0", "path", "http://opendatacommons.org/licenses/pddl/", "title",
						"Open Data Commons Public Domain Dedication and License v1.0")));
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", "budget-lines");
		resource.put("path", "lines.csv");
		resource.put("profile", "tabular-data-resource");
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		resource.put("schema", schema());
		descriptor.put("resources", List.of(resource));
		descriptor.put("model", model(budget));
		return descriptor;
	}

	private static Map<String, Object> schema() {
		List<Map<String, Object>> fields = new ArrayList<>();
		for (String column : BudgetDataController.LINE_COLUMNS) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("name", column);
			field.put("type", switch (column) {
				case "voted", "amended", "executed" -> "number";
				case "year", "gender_marker", "beneficiaries_female", "beneficiaries_male" -> "integer";
				default -> "string";
			});
			if (column.equals("voted") || column.equals("amended") || column.equals("executed")) {
				field.put("decimalChar", ".");
				field.put("constraints", Map.of("minimum", 0));
			}
			if (column.equals("gender_marker")) {
				field.put("constraints", Map.of("enum", List.of(0, 1, 2)));
				field.put("description", "OECD DAC gender equality policy marker: 0 not targeted, "
						+ "1 significant objective, 2 principal objective (spending lines only)");
			}
			fields.add(field);
		}
		return Map.of("fields", fields, "primaryKey", List.of("direction", "section", "chapter", "article"));
	}

	private static Map<String, Object> model(Budget budget) {
		Map<String, Object> measures = new LinkedHashMap<>();
		measures.put("voted", measure("voted", "approved", budget));
		measures.put("amended", measure("amended", "adjusted", budget));
		measures.put("executed", measure("executed", "executed", budget));
		Map<String, Object> dimensions = new LinkedHashMap<>();
		dimensions.put("date", dimension("datetime", null, Map.of("year", attribute("year", null))));
		dimensions.put("administrative-classification",
				dimension("classification", "administrative", Map.of("territory", attribute("territory", null))));
		Map<String, Object> chapter = new LinkedHashMap<>();
		chapter.put("section", attribute("section", null));
		chapter.put("chapter", attribute("chapter", null));
		chapter.put("article", attribute("article", null));
		chapter.put("label", attribute("label", "article"));
		dimensions.put("budget-line", Map.of("dimensionType", "classification", "attributes", chapter, "primaryKey",
				List.of("section", "chapter", "article")));
		dimensions.put("direction", dimension("fact", null, Map.of("direction", attribute("direction", null))));
		dimensions.put("functional-classification", dimension("classification", "functional", ordered("function",
				attribute("function", null), "function_name", attribute("function_name", "function"))));
		dimensions.put("economic-classification", dimension("classification", "economic",
				ordered("nature", attribute("nature", null), "nature_name", attribute("nature_name", "nature"))));
		dimensions.put("programme",
				dimension("classification", "activity", Map.of("programme", attribute("programme", null))));
		dimensions.put("gender-marker",
				dimension("classification", null, Map.of("gender_marker", attribute("gender_marker", null))));
		return Map.of("measures", measures, "dimensions", dimensions);
	}

	private static Map<String, Object> measure(String source, String phase, Budget budget) {
		Map<String, Object> measure = new LinkedHashMap<>();
		measure.put("source", source);
		measure.put("currency", budget.currency());
		measure.put("factor", 1);
		measure.put("phase", phase);
		return measure;
	}

	private static Map<String, Object> dimension(String type, String classification, Map<String, Object> attributes) {
		Map<String, Object> dimension = new LinkedHashMap<>();
		dimension.put("dimensionType", type);
		if (classification != null) {
			dimension.put("classificationType", classification);
		}
		dimension.put("attributes", attributes);
		dimension.put("primaryKey", List.of(attributes.keySet().iterator().next()));
		return dimension;
	}

	private static Map<String, Object> attribute(String source, String labelFor) {
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("source", source);
		if (labelFor != null) {
			attribute.put("labelfor", labelFor);
		}
		return attribute;
	}

	private static Map<String, Object> ordered(String key, Object value, String key2, Object value2) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		map.put(key2, value2);
		return map;
	}

}
