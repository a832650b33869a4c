package org.sawa.feedback.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sawa.feedback.Categories;
import org.sawa.feedback.Report;
import org.sawa.inforequest.InfoBodies;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.ui.Model;

/**
 * What a list of reports needs to name them: the categories, and the communes and bodies
 * of the reports shown.
 */
final class ReportViews {

	private ReportViews() {
	}

	@SafeVarargs
	static void names(Model model, Categories categories, Territories territories, InfoBodies bodies,
			Collection<Report>... lists) {
		Map<Long, Territory> communes = new LinkedHashMap<>();
		for (Collection<Report> list : lists) {
			for (Report report : list) {
				communes.computeIfAbsent(report.territoryId(), id -> territories.byId(id).orElse(null));
			}
		}
		model.addAttribute("categoryNames", categories.byIds());
		model.addAttribute("communeNames", communes);
		model.addAttribute("bodyNames", bodies.byIds());
	}

}
