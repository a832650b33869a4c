package org.sawa.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sawa.capacity.Impact;
import org.sawa.capacity.Programme;
import org.sawa.capacity.Programmes;
import org.sawa.commitment.ActionPlan;
import org.sawa.commitment.ActionPlans;
import org.sawa.commitment.Commitment;
import org.sawa.commitment.Milestone;
import org.sawa.council.Council;
import org.sawa.council.Councils;
import org.sawa.council.Representation;
import org.sawa.council.RepresentationAnalysis;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.indicator.IndicatorTile;
import org.sawa.indicator.PublicFigures;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.inforequest.InfoStatistics;
import org.sawa.lens.Participants;
import org.sawa.lens.WhoTakesPart;
import org.sawa.petition.PetitionStatistics;
import org.sawa.project.ProjectYears;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * Copies, for a territory and a year, what each module publishes into a report's content:
 * the same figures as the modules' public pages, protected the same way, so the report
 * never says more than Sawa already shows. Each section is one step of the generation's
 * progress.
 */
@Component
class ReportFigures {

	private final Clock clock;

	/** The generation's steps: one per section of figures, then one per PDF. */
	static final List<String> STEPS = List.of("indicators", "participation", "programmes", "council", "petitions",
			"information", "commitments", "projects", "pdf_ar", "pdf_fr");

	private final Territories territories;

	private final PublicFigures indicatorFigures;

	private final Participants participants;

	private final Programmes programmes;

	private final Impact impact;

	private final Councils councils;

	private final RepresentationAnalysis representation;

	private final PetitionStatistics petitions;

	private final InfoStatistics information;

	private final InfoBodies bodies;

	private final ActionPlans plans;

	private final PublishedCounts published;

	private final ProjectYears projectYears;

	ReportFigures(ProjectYears projectYears, Territories territories, PublicFigures indicatorFigures,
			Participants participants, Programmes programmes, Impact impact, Councils councils,
			RepresentationAnalysis representation, PetitionStatistics petitions, InfoStatistics information,
			InfoBodies bodies, ActionPlans plans, PublishedCounts published, Clock clock) {
		this.projectYears = projectYears;
		this.published = published;
		this.clock = clock;
		this.territories = territories;
		this.indicatorFigures = indicatorFigures;
		this.participants = participants;
		this.programmes = programmes;
		this.impact = impact;
		this.councils = councils;
		this.representation = representation;
		this.petitions = petitions;
		this.information = information;
		this.bodies = bodies;
		this.plans = plans;
	}

	/** The content of the report, announcing each step before it starts. */
	ReportContent collect(Territory territory, int year, Map<String, String> recommendations, Consumer<String> step) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		Set<Long> subtree = new HashSet<>(territories.subtree(territory.id()));

		step.accept("indicators");
		List<ReportContent.IndicatorLine> indicators = indicatorFigures.tilesOf(territory, year)
			.stream()
			.map(ReportFigures::indicator)
			.toList();

		step.accept("participation");
		List<ReportContent.ChannelLine> participation = new ArrayList<>();
		participants.byChannel(territory, from, to).forEach((channel, dimensions) -> {
			List<ReportContent.Group> groups = new ArrayList<>();
			for (WhoTakesPart dimension : dimensions) {
				for (WhoTakesPart.Line line : dimension.lines()) {
					groups.add(new ReportContent.Group(dimension.dimension(), line.option(), line.participants(),
							line.participantShare(), line.populationShare(), line.underRepresented()));
				}
			}
			participation.add(new ReportContent.ChannelLine(channel, dimensions.get(0).total(), groups));
		});

		step.accept("programmes");
		List<ReportContent.ProgrammeLine> programmeLines = new ArrayList<>();
		for (Programme programme : programmes.all()) {
			boolean here = programme.territoryIds().stream().anyMatch(subtree::contains);
			boolean running = !programme.startsOn().isAfter(to)
					&& (programme.endsOn() == null || !programme.endsOn().isBefore(from));
			if (here && running) {
				programmeLines.add(new ReportContent.ProgrammeLine(programme.code(), programme.names(),
						programme.startsOn(), programme.endsOn(),
						impact.figures(programme)
							.stream()
							.map(f -> new ReportContent.Figure(f.measure(), f.value()))
							.toList()));
			}
		}

		step.accept("council");
		ReportContent.Council council = council(territory, year, to);

		step.accept("petitions");
		PetitionStatistics.Year p = petitions.of(subtree, year);
		// signatories are people: by sex and by channel, each figure a published cell
		// like any public count of people (the total is one cell, whichever breakdown)
		Cell signatories = Cell.of("petition-signatures", territory.code(), String.valueOf(year));
		Map<String, Long> bySex = p.signaturesBySex();
		ReportContent.Petitions petitionLine = new ReportContent.Petitions(p.opened(), p.deposited(), p.admissible(),
				p.inadmissible(), p.deliberated(), p.answered(), published.shown(signatories, p.signatures()),
				published.shown(signatories.with("channel", "online"), p.online()),
				published.shown(signatories.with("channel", "paper"), p.paper()),
				published.shown(signatories.with("sex", "female"), bySex.get("female")),
				published.shown(signatories.with("sex", "male"), bySex.get("male")),
				published.shown(signatories.with("sex", "not_stated"), bySex.get("not_stated")));

		step.accept("information");
		Map<Long, InfoBody> here = new LinkedHashMap<>();
		bodies.all().stream().filter(b -> subtree.contains(b.territoryId())).forEach(b -> here.put(b.id(), b));
		List<ReportContent.BodyLine> info = information.receivedIn(year)
			.stream()
			.filter(f -> here.containsKey(f.bodyId()))
			.map(f -> {
				InfoBody body = here.get(f.bodyId());
				return new ReportContent.BodyLine(body.code(),
						Map.of("ar", body.nameAr(), "fr", body.nameFr(), "en", body.nameEn(), "zgh", body.nameZgh()),
						f.received(), f.answered(), f.answeredInTime(), f.medianDays(), f.overdueNow(), f.refused());
			})
			.toList();

		step.accept("commitments");
		LocalDate today = LocalDate.now(clock);
		LocalDate asOf = today.isBefore(to) ? today : to;
		List<ReportContent.PlanLine> planLines = new ArrayList<>();
		for (ActionPlan plan : plans.plans()) {
			boolean running = !plan.startsOn().isAfter(to) && !plan.endsOn().isBefore(from);
			if (subtree.contains(plan.territoryId()) && running) {
				planLines.add(new ReportContent.PlanLine(plan.code(), plan.title(), plan.startsOn(), plan.endsOn(),
						plan.status(), plans.commitments(plan.id()).stream().map(c -> commitment(c, asOf)).toList()));
			}
		}
		step.accept("projects");
		ReportContent.Projects projectLines = projects(territory, year);
		return new ReportContent(territory.code(), territory.names(), territory.level().name().toLowerCase(), year,
				clock.instant(), indicators, indicatorFigures.threshold(territory), participation, programmeLines,
				council, petitionLine, info, planLines, projectLines, recommendations);
	}

	/** The year's projects; jobs created are people, published as the rule says. */
	private ReportContent.Projects projects(Territory territory, int year) {
		ProjectYears.Summary s = projectYears.of(territory, year);
		Cell jobs = Cell.of("report-project-jobs", territory.code(), String.valueOf(year));
		return new ReportContent.Projects(s.running(), s.plannedInYear(), s.spentInYear(),
				published.shown(jobs, s.jobs()), published.shown(jobs.with("sex", "female"), s.women()),
				published.shown(jobs.with("sex", "male"), s.men()),
				published.shown(jobs.with("age_band", "15-24"), s.young()), s.jobsPlanned(),
				s.largest()
					.stream()
					.map(l -> new ReportContent.ProjectLine(l.identifier(), l.language(), l.titles(), l.status(),
							l.progress(), l.planned(), l.spent()))
					.toList());
	}

	private static ReportContent.IndicatorLine indicator(IndicatorTile tile) {
		return new ReportContent.IndicatorLine(tile.indicator().code(), tile.indicator().names(),
				tile.indicator().unit(), tile.year(), tile.total(), tile.women(), tile.men(), tile.parityIndex(),
				tile.disparity(), tile.target());
	}

	private ReportContent.Council council(Territory territory, int year, LocalDate to) {
		List<Council> within = councils.within(territory);
		if (within.isEmpty()) {
			return null;
		}
		Representation rep = representation.of(within, to);
		List<ReportContent.CouncilLine> lines = new ArrayList<>();
		for (Representation.CouncilLine line : rep.councils()) {
			Map<String, String> names = territories.byId(line.council().territoryId())
				.map(Territory::names)
				.orElse(Map.of());
			lines.add(new ReportContent.CouncilLine(names, line.council().level(), line.members(), line.women(),
					line.quota()));
		}
		List<ReportContent.Quarter> quarters = rep.trend()
			.stream()
			.filter(t -> t.quarter().startsWith(year + "-"))
			.map(t -> new ReportContent.Quarter(t.quarter(), t.sessions(), t.byWomen(), t.byMen()))
			.toList();
		return new ReportContent.Council(shares(rep.byLevel()), shares(rep.byPost()), lines,
				quarters.stream().mapToLong(ReportContent.Quarter::sessions).sum(),
				quarters.stream().mapToLong(ReportContent.Quarter::byWomen).sum(),
				quarters.stream().mapToLong(ReportContent.Quarter::byMen).sum(), quarters);
	}

	private static List<ReportContent.Share> shares(List<Representation.ShareLine> lines) {
		return lines.stream()
			.filter(l -> l.holders() > 0)
			.map(l -> new ReportContent.Share(l.key(), l.holders(), l.women(), l.quota()))
			.toList();
	}

	private static ReportContent.CommitmentLine commitment(Commitment c, LocalDate asOf) {
		int[] counts = new int[org.sawa.commitment.MilestoneStatus.values().length];
		for (Milestone m : c.milestones()) {
			counts[m.status().ordinal()]++;
		}
		// not_started, in_progress, stuck, finished, incomplete
		return new ReportContent.CommitmentLine(c.code(), c.title(), c.policyArea(), c.milestones().size(), counts[3],
				counts[1], counts[2], counts[0], counts[4], (int) c.overdueMilestones(asOf), c.derivedCompletion(),
				c.completion(), c.openedGovernment());
	}

}
