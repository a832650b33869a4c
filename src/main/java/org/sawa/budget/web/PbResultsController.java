package org.sawa.budget.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.budget.Ballots;
import org.sawa.budget.PbProcess;
import org.sawa.budget.PbResults;
import org.sawa.imports.Csv;
import org.sawa.lens.Participants;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.Uploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The results of a participatory budget once published: the winners by the method
 * announced, every proposal's votes, who voted against the population (small groups
 * protected), and the winners as a list the projects registry takes (CSV, JSON).
 */
@Controller
class PbResultsController {

	private final PbController pages;

	private final PbResults results;

	private final Ballots ballots;

	private final Participants participants;

	private final Territories territories;

	PbResultsController(PbController pages, PbResults results, Ballots ballots, Participants participants,
			Territories territories) {
		this.pages = pages;
		this.results = results;
		this.ballots = ballots;
		this.participants = participants;
		this.territories = territories;
	}

	private PbProcess published(String code) {
		PbProcess p = pages.found(code);
		if (p.resultsPublishedAt() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return p;
	}

	@GetMapping(PbController.PAGE + "/results")
	String page(@PathVariable String code, Locale locale, Model model) {
		PbProcess p = published(code);
		pages.common(p, locale, model);
		PbResults.Results r = results.count(p);
		Territory territory = territories.byId(p.territoryId()).orElseThrow();
		model.addAttribute("results", r);
		model.addAttribute("communes",
				pages.communes(r.lines().stream().map(PbResults.Line::proposal).toList(), locale));
		model.addAttribute("who", participants.against(territory, Ballots.CHANNEL, p.code(), ballots.voters(p)));
		model.addAttribute("paper", ballots.paperByPoint(p).values().stream().mapToLong(Long::longValue).sum());
		return "budget/pb-results";
	}

	@GetMapping(value = PbController.PAGE + "/winners.json", produces = "application/json")
	@ResponseBody
	List<Map<String, Object>> winnersJson(@PathVariable String code) {
		PbProcess p = published(code);
		List<Map<String, Object>> list = new ArrayList<>();
		for (PbResults.Line l : results.count(p).winners()) {
			list.add(winner(p, l));
		}
		return list;
	}

	@GetMapping(PbController.PAGE + "/winners.csv")
	ResponseEntity<byte[]> winnersCsv(@PathVariable String code) {
		PbProcess p = published(code);
		StringBuilder csv = new StringBuilder(
				"budget,year,number,title,language,commune,place,theme,cost,votes,rank,reserved,for_women,for_youth\r\n");
		for (PbResults.Line l : results.count(p).winners()) {
			Map<String, Object> w = winner(p, l);
			List<String> cells = new ArrayList<>();
			w.values().forEach(v -> cells.add(Csv.cell(String.valueOf(v))));
			csv.append(String.join(",", cells)).append("\r\n");
		}
		return Uploads.attachment("winners-" + code + ".csv", BudgetDataController.CSV,
				csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A winner as the projects registry takes it. */
	private Map<String, Object> winner(PbProcess p, PbResults.Line l) {
		Map<String, Object> w = new LinkedHashMap<>();
		w.put("budget", p.code());
		w.put("year", p.year());
		w.put("number", l.proposal().number());
		w.put("title", l.proposal().title());
		w.put("language", l.proposal().language());
		w.put("commune", territories.byId(l.proposal().communeId()).map(Territory::code).orElse(""));
		w.put("place", l.proposal().place());
		w.put("theme", l.proposal().theme());
		w.put("cost", l.proposal().cost());
		w.put("votes", l.votes());
		w.put("rank", l.rank());
		w.put("reserved", l.reserved());
		w.put("forWomen", l.proposal().forWomen());
		w.put("forYouth", l.proposal().forYouth());
		return w;
	}

}
