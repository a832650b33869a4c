package org.sawa.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.input.Shown;
import org.sawa.search.Hit;
import org.sawa.search.SearchQuery;
import org.sawa.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects found in their original title and description or in any version staff wrote,
 * shown in the reader's language where it exists; narrowed to a place by where they are.
 */
@Component
class ProjectSearch implements SearchSource {

	private final JdbcClient jdbc;

	private final ProjectStore store;

	ProjectSearch(JdbcClient jdbc, ProjectStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	@Override
	public String kind() {
		return "project";
	}

	private record Found(long id, double rank) {
	}

	@Override
	public List<Hit> search(SearchQuery query) {
		List<Found> found = query
			.bind(jdbc
				.sql("""
						SELECT p.id, greatest(ts_rank(p.search, sawa_query(:q)),
						         coalesce((SELECT max(ts_rank(t.search, sawa_query(:q))) FROM project_text t
						                   WHERE t.subject = 'project' AND t.subject_id = p.id), 0)) AS rank
						FROM project p
						WHERE (p.search @@ sawa_query(:q) OR EXISTS (SELECT 1 FROM project_text t
						         WHERE t.subject = 'project' AND t.subject_id = p.id AND t.search @@ sawa_query(:q)))
						  AND (NOT :narrowed OR p.territory_id = ANY(:places)
						       OR EXISTS (SELECT 1 FROM project_location l WHERE l.project_id = p.id AND l.territory_id = ANY(:places)))
						ORDER BY rank DESC, p.identifier LIMIT :limit"""))
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getDouble("rank")))
			.list();
		Map<Long, Project> projects = ProjectStore.by(store.read(found.stream().map(Found::id).toList()), Project::id);
		List<Hit> hits = new ArrayList<>();
		for (Found f : found) {
			ProjectData p = projects.get(f.id()).data();
			Shown shown = new Shown(query.locale().getLanguage());
			String title = shown.text("title", p.title(), p.language(), p.versions().getOrDefault("title", Map.of()));
			String description = shown.text("description", p.description(), p.language(),
					p.versions().getOrDefault("description", Map.of()));
			hits.add(new Hit(kind(), title, shown.lang("title"), Hit.excerpt(description), shown.lang("description"),
					"/projects/" + p.identifier(), f.rank(),
					p.actualStart() != null ? p.actualStart() : p.plannedStart()));
		}
		return hits;
	}

}
