package org.sawa.indicator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.indicator.Extracts;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.IndicatorFigures;
import org.sawa.indicator.Indicators;
import org.sawa.indicator.internal.ExactFigures;
import org.sawa.indicator.internal.ExtractCsv;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Open data, read-only: the indicators, and an indicator's value for a territory (with
 * everything below it) and a year, broken down by one dimension. Counts of people are
 * published cell by cell as on the pages ({@code disclosure.PublishedCounts}); those
 * under 5 are withheld ({@code "value": null, "suppressed": true}).
 */
@RestController
class IndicatorApiController {

	record Option(String option, BigDecimal value, boolean suppressed) {
	}

	record Values(String indicator, String territory, int year, String breakdown, List<Option> values, BigDecimal total,
			boolean totalSuppressed) {
	}

	private final Indicators indicators;

	private final IndicatorFigures figures;

	private final Territories territories;

	private final Extracts extracts;

	private final ExactFigures exactFigures;

	IndicatorApiController(Indicators indicators, IndicatorFigures figures, Territories territories, Extracts extracts,
			ExactFigures exactFigures) {
		this.indicators = indicators;
		this.figures = figures;
		this.territories = territories;
		this.extracts = extracts;
		this.exactFigures = exactFigures;
	}

	/**
	 * Any selection: {@code territory}, {@code year} (repeatable; all years with data
	 * when absent), {@code by} (up to two of the indicator's dimensions or "territory",
	 * comma-separated) and {@code <dimension>=<option>} to keep one option of a
	 * dimension. Exact figures for a signed-in programme officer of the territory,
	 * protected ones for everyone else.
	 */
	/** An extract as JSON: codes only; an option "" is the total over its dimension. */
	record Data(String indicator, String territory, List<Integer> years, List<String> by, Map<String, String> filters,
			boolean exact, List<Extracts.Row> rows) {
	}

	@GetMapping("/api/v1/indicators/{code}/data")
	Data data(@PathVariable String code, @RequestParam Map<String, String> params,
			@RequestParam(name = "year", required = false) List<Integer> year,
			@RequestParam(name = "by", required = false) List<String> by, @AuthenticationPrincipal SawaUser user) {
		Extracts.Extract extract = select(code, params, year, by, user);
		return new Data(extract.indicator().code(), extract.territory().code(), extract.years(), extract.by(),
				extract.filters(), extract.exact(), extract.rows());
	}

	@GetMapping("/api/v1/indicators/{code}/data.csv")
	ResponseEntity<String> csv(@PathVariable String code, @RequestParam Map<String, String> params,
			@RequestParam(name = "year", required = false) List<Integer> year,
			@RequestParam(name = "by", required = false) List<String> by, @AuthenticationPrincipal SawaUser user) {
		Extracts.Extract extract = select(code, params, year, by, user);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(extract.indicator().code() + "-" + extract.territory().code() + ".csv")
						.build()
						.toString())
			.body(ExtractCsv.write(extract));
	}

	private Extracts.Extract select(String code, Map<String, String> params, List<Integer> year, List<String> by,
			SawaUser user) {
		Indicator indicator = indicators.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.indicator"));
		String territoryCode = params.get("territory");
		if (territoryCode == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "api.error.parameter");
		}
		Territory place = territories.byCode(territoryCode)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.territory"));
		List<String> axes = by == null ? List.of()
				: by.stream()
					.flatMap(b -> java.util.Arrays.stream(b.split(",")))
					.map(String::trim)
					.filter(b -> !b.isEmpty())
					.toList();
		Map<String, String> filters = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (!List.of("territory", "year", "by").contains(name)) {
				filters.put(name, value);
			}
		});
		List<Integer> years = year == null || year.isEmpty() ? figures.years(indicator, place.id()) : year;
		try {
			return extracts.extract(indicator, place, years, axes, filters, exactFigures.allowed(user, place));
		}
		catch (Extracts.BadSelection bad) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, bad.messageKey());
		}
	}

	@GetMapping("/api/v1/indicators")
	List<Indicator> list() {
		return indicators.all();
	}

	/**
	 * The first API, kept for its users: one year, one breakdown, always protected; an
	 * extract underneath.
	 */
	@GetMapping("/api/v1/indicators/{code}/values")
	Values values(@PathVariable String code, @RequestParam String territory, @RequestParam int year,
			@RequestParam(defaultValue = "") String by) {
		Indicator indicator = indicators.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.indicator"));
		Territory place = territories.byCode(territory)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.territory"));
		if (!by.isEmpty() && !indicator.dimensions().contains(by)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "api.error.breakdown");
		}
		Extracts.Extract extract = extracts.extract(indicator, place, List.of(year),
				by.isEmpty() ? List.of() : List.of(by), Map.of(), false);
		List<Option> values = new ArrayList<>();
		Extracts.Row total = null;
		for (Extracts.Row row : extract.rows()) {
			String option = by.isEmpty() ? "" : row.options().get(by);
			if (option.isEmpty()) {
				total = row;
			}
			else {
				values.add(new Option(option, row.value(), row.suppressed()));
			}
		}
		if (by.isEmpty() && total != null) {
			values.add(new Option("", total.value(), total.suppressed()));
		}
		return new Values(indicator.code(), place.code(), year, by, values, total == null ? null : total.value(),
				total != null && total.suppressed());
	}

}
