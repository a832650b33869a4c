package org.sawa.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.budget.ParticipatoryBudgets;
import org.sawa.budget.PbProcess;
import org.sawa.budget.PbProposal;
import org.sawa.budget.PbResults;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The winners of a participatory budget whose results are published become projects of
 * the registry, in the pipeline: one per winner, named after the proposal, in its
 * commune, funded by the collectivity for the cost the review kept, marked as aiming at
 * women when the proposal did. Done by staff of the budget's collectivity; done again, it
 * adds only the winners not yet there.
 */
@Service
public class PbWinners {

	/** The sector of each participatory budget theme (OECD DAC purpose codes). */
	static final Map<String, String> SECTORS = Map.of("water", "14031", "roads", "21020", "education", "11220",
			"health", "12230", "culture_sport", "16061", "environment", "41010", "economy", "32130", "social", "16015");

	/**
	 * A participatory budget with published results, how many winners it has and how many
	 * are projects.
	 */
	public record Offer(PbProcess budget, int winners, int projects) {
	}

	private final ParticipatoryBudgets budgets;

	private final PbResults results;

	private final Projects projects;

	private final ProjectWriting writing;

	private final Territories territories;

	private final Clock clock;

	PbWinners(ParticipatoryBudgets budgets, PbResults results, Projects projects, ProjectWriting writing,
			Territories territories, Clock clock) {
		this.budgets = budgets;
		this.results = results;
		this.projects = projects;
		this.writing = writing;
		this.territories = territories;
		this.clock = clock;
	}

	/** The budgets with published results a person's collectivities ran. */
	@Transactional(readOnly = true)
	public List<Offer> offers(long personId) {
		List<Offer> offers = new ArrayList<>();
		for (PbProcess p : budgets.all()) {
			if (p.resultsPublishedAt() != null && projects.manages(personId, p.territoryId())) {
				List<PbResults.Line> winners = results.count(p).winners();
				int already = (int) winners.stream()
					.filter(l -> projects.fromOrigin(origin(p, l.proposal())).isPresent())
					.count();
				offers.add(new Offer(p, winners.size(), already));
			}
		}
		return offers;
	}

	/**
	 * Creates the projects of the winners not yet in the registry; how many it created.
	 */
	@Transactional
	public int create(String budgetCode, long actorId) {
		PbProcess p = budgets.byCode(budgetCode)
			.filter(b -> b.resultsPublishedAt() != null)
			.orElseThrow(() -> new ProjectRefused("form", "project.pb.error.noResults"));
		Territory collectivity = territories.byId(p.territoryId()).orElseThrow();
		if (!projects.manages(actorId, collectivity.id())) {
			throw new ProjectRefused("form", "project.error.notYours").asDenial();
		}
		int created = 0;
		for (PbResults.Line l : results.count(p).winners()) {
			if (projects.fromOrigin(origin(p, l.proposal())).isEmpty()) {
				writing.create(project(p, l.proposal(), collectivity), actorId);
				created++;
			}
		}
		return created;
	}

	static String origin(PbProcess p, PbProposal proposal) {
		return "pb:" + p.code() + ":" + proposal.number();
	}

	private ProjectData project(PbProcess p, PbProposal proposal, Territory collectivity) {
		ProjectData.Org reporting = projects.reporting(collectivity);
		LocalDate published = LocalDate.ofInstant(p.resultsPublishedAt(), clock.getZone());
		LocalDate start = published.plusMonths(3).withDayOfMonth(1);
		LocalDate end = LocalDate.of(start.getYear() + 1, 12, 31);
		String funder = reporting.name();
		String description = proposal.description().length() >= 10 ? proposal.description()
				: proposal.title() + " — " + proposal.description();
		BigDecimal cost = proposal.cost();
		return new ProjectData(reporting.ref() + "-" + p.code() + "-" + proposal.number(), collectivity.id(),
				proposal.language(), proposal.title(), description, 1, SECTORS.getOrDefault(proposal.theme(), "43040"),
				"pb", p.title(), proposal.forWomen() ? 2 : null, start, end, null, null,
				proposal.place() == null ? "" : proposal.place(), reporting, List.of(proposal.communeId()),
				List.of(new ProjectData.Org(1, reporting.ref(), "11", funder)),
				List.of(new ProjectData.Budget(start.getYear(), funder, cost)), List.of(), List.of(), List.of(),
				List.of(), List.of(), "", origin(p, proposal), Map.of());
	}

}
