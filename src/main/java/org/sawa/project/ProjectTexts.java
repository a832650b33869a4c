package org.sawa.project;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.sawa.db.TextVersions;
import org.sawa.db.TextVersions.Field;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's title and description in other languages than the one staff wrote them in;
 * its staff write them, audited. The indicators do not change, so no correction is asked.
 */
@Service
public class ProjectTexts {

	private final TextVersions versions;

	private final Projects projects;

	private final AuditLog audit;

	private final Clock clock;

	ProjectTexts(JdbcClient jdbc, Projects projects, AuditLog audit, Clock clock) {
		this.versions = new TextVersions(jdbc, "project_text");
		this.projects = projects;
		this.audit = audit;
		this.clock = clock;
	}

	static List<Field> fields(Project p) {
		return List.of(Field.of("title", "project", p.id(), "title", 200),
				Field.of("description", "project", p.id(), "description", 8000));
	}

	public Map<String, String> written(Project p, String language) {
		return versions.written(fields(p), language);
	}

	@Transactional
	public void write(Project p, String language, Map<String, String> texts, long actorId) {
		if (!projects.manages(actorId, p.territoryId())) {
			throw new ProjectRefused("form", "project.error.notYours").asDenial();
		}
		versions.write(fields(p), p.data().language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "project.texts", "project:" + p.id(), language);
	}

}
