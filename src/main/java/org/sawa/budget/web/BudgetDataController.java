package org.sawa.budget.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.budget.Budget;
import org.sawa.budget.BudgetCodes;
import org.sawa.budget.BudgetFiles;
import org.sawa.budget.BudgetLine;
import org.sawa.budget.Budgets;
import org.sawa.budget.CitizenBudgets;
import org.sawa.imports.Csv;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.Uploads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Budget data in the open: the file in the import's form, the lines flat with their names
 * and a Fiscal Data Package describing them (the Frictionless format OpenSpending reads),
 * and the API. Beneficiaries are published through the rule for counts of people; a
 * budget's managers download their file exactly as stored.
 */
@Controller
class BudgetDataController {

	static final String CSV = "text/csv;charset=UTF-8";

	/** The flat lines' columns, as the Fiscal Data Package describes them. */
	static final List<String> LINE_COLUMNS = List.of("year", "territory", "direction", "section", "chapter", "article",
			"programme", "function", "function_name", "nature", "nature_name", "label", "voted", "amended", "executed",
			"gender_marker", "beneficiaries_female", "beneficiaries_male");

	private final Budgets budgets;

	private final CitizenBudgets citizen;

	private final BudgetFiles files;

	private final BudgetCodes codes;

	private final Territories territories;

	private final String baseUrl;

	BudgetDataController(Budgets budgets, CitizenBudgets citizen, BudgetFiles files, BudgetCodes codes,
			Territories territories, @Value("${sawa.base-url}") String baseUrl) {
		this.budgets = budgets;
		this.citizen = citizen;
		this.files = files;
		this.codes = codes;
		this.territories = territories;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/budgets/template.csv")
	ResponseEntity<byte[]> template() {
		return Uploads.attachment("budget-template.csv", CSV, BudgetFiles.template().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/budgets/{code}/{year:[0-9]{4}}/budget.csv")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable int year,
			@AuthenticationPrincipal SawaUser user) {
		Budget budget = readable(code, year, user);
		boolean exact = user != null && budgets.manages(user.id(), budget.territoryId());
		String csv = files.export(budget, exact ? budgets.lines(budget.id()) : citizen.publicLines(budget));
		return Uploads.attachment("budget-" + code + "-" + year + ".csv", CSV, csv.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/budgets/{code}/{year:[0-9]{4}}/lines.csv")
	ResponseEntity<byte[]> lines(@PathVariable String code, @PathVariable int year,
			@AuthenticationPrincipal SawaUser user) {
		Budget budget = readable(code, year, user);
		Map<String, BudgetCodes.Code> functions = codes.byCode("function");
		Map<String, BudgetCodes.Code> natures = codes.byCode("nature");
		Locale names = Locale.forLanguageTag(budget.language());
		StringBuilder csv = new StringBuilder(String.join(",", LINE_COLUMNS)).append("\r\n");
		for (BudgetLine l : citizen.publicLines(budget)) {
			List<String> cells = new ArrayList<>(List.of(String.valueOf(year), code, l.direction(), l.section(),
					l.chapter(), l.article(), l.programme(), orEmpty(l.function()),
					l.function() == null ? "" : functions.get(l.function()).name(names), l.nature(),
					natures.get(l.nature()).name(names), l.labels().get(budget.language()), plain(l.voted()),
					plain(l.amended()), plain(l.executed()),
					l.genderMarker() == null ? "" : l.genderMarker().toString(), count(l.beneficiaries().female()),
					count(l.beneficiaries().male())));
			csv.append(String.join(",", cells.stream().map(Csv::cell).toList())).append("\r\n");
		}
		return Uploads.attachment("budget-lines-" + code + "-" + year + ".csv", CSV,
				csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping(value = "/budgets/{code}/{year:[0-9]{4}}/datapackage.json", produces = "application/json")
	@ResponseBody
	Map<String, Object> dataPackage(@PathVariable String code, @PathVariable int year,
			@AuthenticationPrincipal SawaUser user) {
		Budget budget = readable(code, year, user);
		Territory territory = territories.byId(budget.territoryId()).orElseThrow();
		return FiscalDataPackage.describe(budget, territory, code, baseUrl);
	}

	@GetMapping(value = "/api/v1/budgets", produces = "application/json")
	@ResponseBody
	List<Map<String, Object>> list() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Budget b : budgets.published()) {
			Territory t = territories.byId(b.territoryId()).orElseThrow();
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("territory", t.code());
			item.put("territoryName", Map.of("ar", t.name(Locale.forLanguageTag("ar")), "fr", t.name(Locale.FRENCH),
					"en", t.name(Locale.ENGLISH)));
			item.put("year", b.year());
			item.put("currency", b.currency());
			item.put("publishedAt", b.publishedAt().toString());
			item.put("page", "/budgets/" + t.code() + "/" + b.year());
			item.put("csv", "/budgets/" + t.code() + "/" + b.year() + "/budget.csv");
			item.put("dataPackage", "/budgets/" + t.code() + "/" + b.year() + "/datapackage.json");
			list.add(item);
		}
		return list;
	}

	@GetMapping(value = "/api/v1/budgets/{territory}/{year}", produces = "application/json")
	@ResponseBody
	Map<String, Object> one(@PathVariable("territory") String code, @PathVariable int year) {
		Budget budget = readable(code, year, null);
		CitizenBudgets.View view = citizen.of(budget, Locale.forLanguageTag(budget.language()));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("territory", code);
		json.put("year", year);
		json.put("currency", budget.currency());
		json.put("language", budget.language());
		json.put("source", budget.source());
		json.put("inhabitants", view.inhabitants());
		json.put("populationYear", view.populationYear());
		json.put("spendingPerInhabitant", view.perInhabitant());
		json.put("revenue", view.revenue());
		json.put("spending", view.spending());
		Map<String, Object> markers = new LinkedHashMap<>();
		view.markers().forEach(s -> markers.put(s.code(), Map.of("amount", s.amount(), "share", s.share())));
		json.put("spendingByGenderMarker", markers);
		json.put("lines", view.publicLines());
		return json;
	}

	private Budget readable(String code, int year, SawaUser user) {
		return budgets.readable(code, year, user == null ? null : user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String plain(java.math.BigDecimal amount) {
		return amount == null ? "" : amount.setScale(2).toPlainString();
	}

	private static String count(Integer n) {
		return n == null ? "" : n.toString();
	}

}
