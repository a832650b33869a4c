package org.sawa.consultation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.sawa.db.TextVersions;
import org.sawa.db.TextVersions.Field;
import org.sawa.input.Shown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's title, summary and phase descriptions in other languages than the one
 * staff wrote them in; staff of its territory write them, audited.
 */
@Service
public class ProcessTexts {

	/** A process with its texts in the reader's language where they exist. */
	public record Localized(Process process, Shown shown) {
	}

	private final TextVersions versions;

	private final AuditLog audit;

	private final Clock clock;

	ProcessTexts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.versions = new TextVersions(jdbc, "consultation_text");
		this.audit = audit;
		this.clock = clock;
	}

	/** The texts of a process, by form name: title, summary, {@code p<n>} per phase. */
	public static List<Field> fields(Process p) {
		List<Field> fields = new ArrayList<>(List.of(Field.of("title", "process", p.id(), "title", 200),
				Field.of("summary", "process", p.id(), "summary", 5000)));
		p.phases()
			.stream()
			.filter(ph -> !ph.description().isBlank())
			.forEach(ph -> fields.add(Field.of("p" + ph.position(), "phase", ph.id(), "description", 2000)));
		return fields;
	}

	/** The process as a reader of {@code language} sees it. */
	public Localized in(Process p, String language) {
		TextVersions.Read read = versions.read(fields(p).stream().map(Field::of).distinct().toList());
		Shown shown = new Shown(language);
		List<Process.Phase> phases = p.phases()
			.stream()
			.map(ph -> ph.description().isBlank() ? ph
					: new Process.Phase(ph.id(), ph.position(), ph.kind(), ph.startsOn(), ph.endsOn(),
							shown.text("p" + ph.position(), ph.description(), p.language(),
									read.of("phase", ph.id(), "description"))))
			.toList();
		return new Localized(new Process(p.id(), p.code(), p.territoryId(), p.subject(),
				shown.text("title", p.title(), p.language(), read.of("process", p.id(), "title")),
				shown.text("summary", p.summary(), p.language(), read.of("process", p.id(), "summary")), p.language(),
				phases), shown);
	}

	/**
	 * Processes with their titles as a reader sees them (the {@link Shown} keyed by
	 * code).
	 */
	public Shown titles(List<Process> processes, String language, Map<String, String> into) {
		TextVersions.Read read = versions
			.read(processes.stream().map(p -> new TextVersions.Subject("process", p.id())).toList());
		Shown shown = new Shown(language);
		processes.forEach(p -> into.put(p.code(),
				shown.text(p.code(), p.title(), p.language(), read.of("process", p.id(), "title"))));
		return shown;
	}

	public Map<String, String> written(Process p, String language) {
		return versions.written(fields(p), language);
	}

	/**
	 * The other of Arabic and French when the process is not yet written in it, or null.
	 */
	public String missing(Process p) {
		return versions.missing(fields(p), p.language());
	}

	@Transactional
	public void write(Process p, String language, Map<String, String> texts, long actorId) {
		versions.write(fields(p), p.language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "consultation.texts", "consultation:" + p.code(), language);
	}

}
