package org.sawa.report;

import java.util.Comparator;
import java.util.List;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Component;

/** A territory's page leads to its latest published annual report, when there is one. */
@Component
class ReportHub implements TerritoryHub {

	private final AnnualReports reports;

	ReportHub(AnnualReports reports) {
		this.reports = reports;
	}

	@Override
	public List<Link> links(Territory territory) {
		return reports.latestPublished()
			.stream()
			.filter(v -> v.territoryId() == territory.id())
			.max(Comparator.comparingInt(AnnualReports.Version::year))
			.map(v -> List.of(Link.described("report.hub.report", "/reports/" + territory.code() + "/" + v.year(),
					"report.hub.year", String.valueOf(v.year()))))
			.orElse(List.of());
	}

	@Override
	public int order() {
		return 50;
	}

}
