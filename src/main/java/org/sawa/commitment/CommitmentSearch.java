package org.sawa.commitment;

import java.util.ArrayList;
import java.util.List;
import org.sawa.search.Hit;
import org.sawa.search.SearchQuery;
import org.sawa.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Commitments found in their original or in any version staff wrote, shown in the
 * reader's language where it exists ({@link PlanTexts}).
 */
@Component
class CommitmentSearch implements SearchSource {

	private final JdbcClient jdbc;

	private final ActionPlans plans;

	private final PlanTexts texts;

	CommitmentSearch(JdbcClient jdbc, ActionPlans plans, PlanTexts texts) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.texts = texts;
	}

	@Override
	public String kind() {
		return "commitment";
	}

	private record Found(long id, double rank) {
	}

	@Override
	public List<Hit> search(SearchQuery query) {
		List<Found> found = query.bind(jdbc.sql("""
				SELECT c.id, greatest(ts_rank(c.search, sawa_query(:q)),
				         coalesce((SELECT max(ts_rank(t.search, sawa_query(:q))) FROM commitment_text t
				                   WHERE t.subject = 'commitment' AND t.subject_id = c.id), 0)) AS rank
				FROM commitment c JOIN commitment_plan p ON p.id = c.plan_id
				WHERE (c.search @@ sawa_query(:q) OR EXISTS (SELECT 1 FROM commitment_text t
				         WHERE t.subject = 'commitment' AND t.subject_id = c.id AND t.search @@ sawa_query(:q)))
				  AND (NOT :narrowed OR p.territory_id = ANY(:places))
				ORDER BY rank DESC, c.code LIMIT :limit"""))
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getDouble("rank")))
			.list();
		List<Hit> hits = new ArrayList<>();
		for (Found f : found) {
			Commitment commitment = plans.byId(f.id()).orElseThrow();
			PlanTexts.Localized seen = texts.in(commitment, plans.plan(commitment.planId()).orElseThrow(),
					query.locale().getLanguage());
			Commitment c = seen.commitment();
			boolean action = !c.action().isBlank();
			hits.add(new Hit(kind(), c.code() + " — " + c.title(), seen.shown().lang("title"),
					Hit.excerpt(action ? c.action() : c.problem()), seen.shown().lang(action ? "action" : "problem"),
					"/commitments/" + c.code(), f.rank(), c.startsOn()));
		}
		return hits;
	}

}
