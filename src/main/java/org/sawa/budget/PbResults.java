package org.sawa.budget;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a participatory budget, by the method announced: proposals ranked by
 * votes (a tie goes to the cheaper, then to the one proposed first), then chosen
 * greedily, each if it still fits in its part of the envelope; when a share is kept for
 * projects by or for women (or young people), those are chosen first, in the same order,
 * until what they cost reaches the share (the last one chosen may pass it), and the rest
 * of the envelope follows for all. Proposals without a vote are not chosen. Published
 * once, recountable at any time.
 */
@Service
public class PbResults {

	/** A proposal's place in the results. */
	public record Line(PbProposal proposal, int votes, int rank, boolean selected, boolean reserved, String part) {
	}

	/** The results and what they spend, overall and in the reserved share. */
	public record Results(List<Line> lines, BigDecimal spent, BigDecimal spentReserved, long ballots) {

		public List<Line> winners() {
			return lines.stream().filter(Line::selected).toList();
		}

	}

	/**
	 * The tie rule, stated: more votes first, then the lower cost, then the lower number.
	 */
	static final Comparator<Line> ORDER = Comparator.comparingInt(Line::votes)
		.reversed()
		.thenComparing(l -> l.proposal().cost())
		.thenComparingInt(l -> l.proposal().number());

	private final JdbcClient jdbc;

	private final PbProposals proposals;

	private final Ballots ballots;

	private final PbEnvelope envelope;

	private final ParticipatoryBudgets processes;

	private final AuditLog audit;

	private final Clock clock;

	PbResults(JdbcClient jdbc, PbProposals proposals, Ballots ballots, PbEnvelope envelope,
			ParticipatoryBudgets processes, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.proposals = proposals;
		this.ballots = ballots;
		this.envelope = envelope;
		this.processes = processes;
		this.audit = audit;
		this.clock = clock;
	}

	/** Counts the ballots now and chooses the winners. */
	public Results count(PbProcess p) {
		Map<Long, Integer> votes = ballots.tallies(p);
		List<Line> ranked = new ArrayList<>();
		for (PbProposal x : proposals.onTheBallot(p)) {
			ranked.add(new Line(x, votes.getOrDefault(x.id(), 0), 0, false, false, envelope.part(p, x)));
		}
		ranked.sort(ORDER);
		Map<String, BigDecimal> left = new LinkedHashMap<>();
		boolean[] selected = new boolean[ranked.size()];
		boolean[] reserved = new boolean[ranked.size()];
		BigDecimal spentReserved = BigDecimal.ZERO;
		if (p.reservedFor() != null) {
			for (int i = 0; i < ranked.size() && spentReserved.compareTo(p.reserved()) < 0; i++) {
				Line l = ranked.get(i);
				if (l.proposal().reservedFor(p.reservedFor()) && choose(p, l, left)) {
					selected[i] = true;
					reserved[i] = true;
					spentReserved = spentReserved.add(l.proposal().cost());
				}
			}
		}
		BigDecimal spent = spentReserved;
		for (int i = 0; i < ranked.size(); i++) {
			if (!selected[i] && choose(p, ranked.get(i), left)) {
				selected[i] = true;
				spent = spent.add(ranked.get(i).proposal().cost());
			}
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			Line l = ranked.get(i);
			lines.add(new Line(l.proposal(), l.votes(), i + 1, selected[i], reserved[i], l.part()));
		}
		return new Results(lines, spent, spentReserved, ballots.ballots(p));
	}

	/** Takes a proposal with votes if its cost fits what is left of its part. */
	private static boolean choose(PbProcess p, Line l, Map<String, BigDecimal> left) {
		BigDecimal remaining = left.computeIfAbsent(l.part(), part -> PbEnvelope.amount(p, part));
		if (l.votes() == 0 || l.proposal().cost().compareTo(remaining) > 0) {
			return false;
		}
		left.put(l.part(), remaining.subtract(l.proposal().cost()));
		return true;
	}

	/** The results as published, or none before. */
	public List<Map<String, Object>> published(PbProcess p) {
		return jdbc
			.sql("SELECT proposal_id, votes, rank, selected, reserved FROM pb_result WHERE process_id = :p "
					+ "ORDER BY rank")
			.param("p", p.id())
			.query()
			.listOfRows();
	}

	/**
	 * Publishes the results once the vote is closed: the count as it stands is kept, and
	 * the winners become the list the projects registry takes. Audited.
	 */
	@Transactional
	public Results publish(PbProcess p, long staffId) {
		if (!processes.manages(staffId, p)) {
			throw new BudgetRefused("form", "budget.error.notYours");
		}
		if (processes.phase(p) != PbProcess.Phase.COUNTING) {
			throw new BudgetRefused("form", "budget.pb.error.notCounting");
		}
		Results results = count(p);
		for (Line l : results.lines()) {
			jdbc.sql("""
					INSERT INTO pb_result (process_id, proposal_id, votes, rank, selected, reserved)
					VALUES (:p, :x, :v, :r, :s, :res)""")
				.param("p", p.id())
				.param("x", l.proposal().id())
				.param("v", l.votes())
				.param("r", l.rank())
				.param("s", l.selected())
				.param("res", l.reserved())
				.update();
		}
		jdbc.sql("UPDATE pb_process SET results_published_at = :at WHERE id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", p.id())
			.update();
		audit.append("person:" + staffId, "budget.pb.results", "pb:" + p.code(),
				results.ballots() + " ballots, " + results.winners().size() + " chosen, " + results.spent());
		return results;
	}

	/** Whether counting the ballots again gives the results published. */
	public boolean recountAgrees(PbProcess p) {
		List<Map<String, Object>> stored = published(p);
		List<Line> now = count(p).lines();
		if (stored.size() != now.size()) {
			return false;
		}
		for (int i = 0; i < now.size(); i++) {
			Map<String, Object> s = stored.get(i);
			Line l = now.get(i);
			if (((Number) s.get("proposal_id")).longValue() != l.proposal().id()
					|| ((Number) s.get("votes")).intValue() != l.votes()
					|| (Boolean) s.get("selected") != l.selected()) {
				return false;
			}
		}
		return true;
	}

}
