package org.sawa.inclusion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Open data, read-only: the indicators, and an indicator's value for a territory (with everything
 * below it) and a year, broken down by one dimension. Counts of people under 5 are withheld
 * ({@code "value": null, "suppressed": true}) with secondary suppression, as on the pages.
 */
@RestController
class IndicatorApiController {

	record Option(String option, BigDecimal value, boolean suppressed) {
	}

	record Values(String indicator, String territory, int year, String breakdown, List<Option> values,
			BigDecimal total, boolean totalSuppressed) {
	}

	private final Indicators indicators;
	private final IndicatorFigures figures;
	private final Territories territories;

	IndicatorApiController(Indicators indicators, IndicatorFigures figures, Territories territories) {
		this.indicators = indicators;
		this.figures = figures;
		this.territories = territories;
	}

	@GetMapping("/api/v1/indicators")
	List<Indicator> list() {
		return indicators.all();
	}

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
		Map<String, BigDecimal> raw = new LinkedHashMap<>(figures.byOption(indicator, place.id(), year, by));
		List<String> options = new ArrayList<>(raw.keySet());
		List<Option> values = new ArrayList<>();
		BigDecimal total = raw.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean totalSuppressed = false;
		if (indicator.isCount()) {
			long[][] grid = new long[options.size()][1];
			for (int i = 0; i < options.size(); i++) {
				grid[i][0] = raw.get(options.get(i)).longValue();
			}
			ProtectedTable table = ProtectedTable.of(grid);
			for (int i = 0; i < options.size(); i++) {
				Long shown = table.cells().get(i).get(0);
				values.add(new Option(options.get(i), shown == null ? null : BigDecimal.valueOf(shown), shown == null));
			}
			totalSuppressed = table.total() == null;
		}
		else {
			raw.forEach((option, value) -> values.add(new Option(option, value, false)));
			total = "ratio".equals(indicator.aggregation()) ? figures.total(indicator, place.id(), year) : total;
		}
		return new Values(indicator.code(), place.code(), year, by, values, totalSuppressed ? null : total,
				totalSuppressed);
	}
}
