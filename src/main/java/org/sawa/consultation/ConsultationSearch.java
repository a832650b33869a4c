package org.sawa.consultation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sawa.input.RichText;
import org.sawa.search.Hit;
import org.sawa.search.SearchQuery;
import org.sawa.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consultations found in their original or in any version staff wrote, shown in the
 * reader's language where it exists ({@link ProcessTexts}); narrowed to a territory,
 * those of its council.
 */
@Component
class ConsultationSearch implements SearchSource {

	private record Found(long id, double rank) {
	}

	private final JdbcClient jdbc;

	private final Processes processes;

	private final ProcessTexts texts;

	ConsultationSearch(JdbcClient jdbc, Processes processes, ProcessTexts texts) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.texts = texts;
	}

	@Override
	public String kind() {
		return "consultation";
	}

	@Override
	public List<Hit> search(SearchQuery query) {
		List<Found> found = query.bind(jdbc.sql("""
				SELECT p.id, greatest(ts_rank(p.search, sawa_query(:q)),
				         coalesce((SELECT max(ts_rank(t.search, sawa_query(:q))) FROM consultation_text t
				                   WHERE t.subject = 'process' AND t.subject_id = p.id), 0)) AS rank
				FROM consultation_process p
				WHERE (p.search @@ sawa_query(:q) OR EXISTS (SELECT 1 FROM consultation_text t
				         WHERE t.subject = 'process' AND t.subject_id = p.id AND t.search @@ sawa_query(:q)))
				  AND (NOT :narrowed OR p.territory_id = ANY(:places))
				ORDER BY rank DESC, p.code LIMIT :limit"""))
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getDouble("rank")))
			.list();
		List<Hit> hits = new ArrayList<>();
		for (Found f : found) {
			ProcessTexts.Localized seen = texts.in(processes.byId(f.id()).orElseThrow(), query.locale().getLanguage());
			Process p = seen.process();
			hits.add(new Hit(kind(), p.title(), seen.shown().lang("title"), Hit.excerpt(p.summary()),
					seen.shown().lang("summary"), "/consultations/" + p.code(), f.rank(), p.startsOn()));
		}
		return hits;
	}

	/**
	 * Residents' proposals the public sees, found in their words; their language is the
	 * author's, unknown, so none is given.
	 */
	@Component
	static class ProposalSearch implements SearchSource {

		private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

		private final JdbcClient jdbc;

		ProposalSearch(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String kind() {
			return "proposal";
		}

		@Override
		public List<Hit> search(SearchQuery query) {
			return query.bind(jdbc.sql("""
					SELECT pr.*, p.code, ts_rank(pr.search, sawa_query(:q)) AS rank
					FROM consultation_proposal pr JOIN consultation_process p ON p.id = pr.process_id
					WHERE pr.state = 'published' AND pr.search @@ sawa_query(:q)
					  AND (NOT :narrowed OR p.territory_id = ANY(:places))
					ORDER BY rank DESC, pr.id LIMIT :limit"""))
				.query((rs, n) -> new Hit(kind(), rs.getString("title"), null,
						RichText.excerpt(rs.getString("body"), 180), null,
						"/consultations/" + rs.getString("code") + "/proposals/" + rs.getInt("number"),
						rs.getDouble("rank"), LocalDate.ofInstant(rs.getTimestamp("created_at").toInstant(), MOROCCO)))
				.list();
		}

	}

}
