package org.sawa.budget;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * The envelope of a participatory budget and its parts: which part a proposal draws on
 * (its province's, its theme's, or the whole envelope), how much each part holds, and
 * whether a ballot's choices fit.
 */
@Component
public class PbEnvelope {

	/** The one part of an envelope that is not split. */
	public static final String WHOLE = "all";

	private final Territories territories;

	PbEnvelope(Territories territories) {
		this.territories = territories;
	}

	/** The part of the envelope a proposal draws on. */
	public String part(PbProcess p, PbProposal proposal) {
		return switch (p.split()) {
			case "province" -> territories.byId(proposal.communeId())
				.flatMap(c -> territories.byId(c.parentId()))
				.map(t -> t.code())
				.orElse(WHOLE);
			case "theme" -> proposal.theme();
			default -> WHOLE;
		};
	}

	/** How much a part holds (the whole envelope when it is not split). */
	public static BigDecimal amount(PbProcess p, String part) {
		return WHOLE.equals(part) ? p.envelope() : p.parts().getOrDefault(part, BigDecimal.ZERO);
	}

	/**
	 * The proposals chosen by number, checked against the ballot's rules: at least one,
	 * each on the ballot once; within each part of the envelope (knapsack), or no more
	 * than the number of approvals. Refused at the field {@code choices}.
	 */
	public List<PbProposal> check(PbProcess p, List<PbProposal> onTheBallot, List<Integer> numbers) {
		if (numbers == null || numbers.isEmpty()) {
			throw new BudgetRefused("choices", "budget.pb.error.noChoice");
		}
		Map<Integer, PbProposal> byNumber = new LinkedHashMap<>();
		onTheBallot.forEach(x -> byNumber.put(x.number(), x));
		Set<Integer> seen = new HashSet<>();
		for (Integer n : numbers) {
			if (n == null || !byNumber.containsKey(n) || !seen.add(n)) {
				throw new BudgetRefused("choices", "budget.pb.error.choiceUnknown", n == null ? "" : n.toString());
			}
		}
		List<PbProposal> chosen = numbers.stream().sorted().map(byNumber::get).toList();
		if (p.knapsack()) {
			Map<String, BigDecimal> spent = new LinkedHashMap<>();
			chosen.forEach(x -> spent.merge(part(p, x), x.cost(), BigDecimal::add));
			spent.forEach((part, sum) -> {
				if (sum.compareTo(amount(p, part)) > 0) {
					throw new BudgetRefused("choices", "budget.pb.error.overEnvelope", sum, amount(p, part));
				}
			});
		}
		else if (chosen.size() > p.choices()) {
			throw new BudgetRefused("choices", "budget.pb.error.tooMany", p.choices());
		}
		return chosen;
	}

}
