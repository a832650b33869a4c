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

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ProcessTexts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
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

	/** A text staff wrote for the public in the process's language, and its form name. */
	public record Original(Field field, String text) {
	}

	/**
	 * Everything of the process staff write in its language: its own texts, then its
	 * survey's questions ({@code q<n>}: the prompt, {@code q<n>o}: the options, one per
	 * line) and the council's answers ({@code a<n>}).
	 */
	public List<Original> originals(Process p) {
		List<Original> all = new ArrayList<>();
		all.add(new Original(Field.of("title", "process", p.id(), "title", 200), p.title()));
		all.add(new Original(Field.of("summary", "process", p.id(), "summary", 5000), p.summary()));
		p.phases()
			.stream()
			.filter(ph -> !ph.description().isBlank())
			.forEach(ph -> all.add(new Original(Field.of("p" + ph.position(), "phase", ph.id(), "description", 2000),
					ph.description())));
		jdbc.sql(
				"SELECT id, position, prompt, options FROM consultation_question WHERE process_id = :p ORDER BY position")
			.param("p", p.id())
			.query(rs -> {
				all.add(new Original(Field.of("q" + rs.getInt(2), "question", rs.getLong(1), "prompt", 500),
						rs.getString(3)));
				String[] options = (String[]) rs.getArray(4).getArray();
				if (options.length > 0) {
					all.add(new Original(Field.of("q" + rs.getInt(2) + "o", "question", rs.getLong(1), "options", 2600),
							String.join("\n", options)));
				}
			});
		jdbc.sql("""
				SELECT id, number, answer_text FROM consultation_proposal
				WHERE process_id = :p AND answer_text IS NOT NULL AND answer_text <> '' ORDER BY number""")
			.param("p", p.id())
			.query(rs -> {
				all.add(new Original(Field.of("a" + rs.getInt(2), "proposal", rs.getLong(1), "answer", 5000),
						rs.getString(3)));
			});
		return all;
	}

	private List<Field> allFields(Process p) {
		return originals(p).stream().map(Original::field).toList();
	}

	/**
	 * The survey's questions as a reader of {@code language} sees them (the {@link Shown}
	 * keyed {@code q<n>}); options in another language only when the version has as many
	 * lines as the original.
	 */
	public Shown questions(Process p, List<Question> questions, String language, List<Question> into) {
		TextVersions.Read read = versions
			.read(questions.stream().map(q -> new TextVersions.Subject("question", q.id())).toList());
		Shown shown = new Shown(language);
		for (Question q : questions) {
			String prompt = shown.text("q" + q.position(), q.prompt(), p.language(),
					read.of("question", q.id(), "prompt"));
			String version = read.of("question", q.id(), "options").get(language);
			List<String> options = q.options();
			if (version != null && version.split("\\R").length == options.size()
					&& language.equals(shown.lang("q" + q.position()))) {
				options = List.of(version.split("\\R"));
			}
			into.add(new Question(q.id(), q.position(), q.kind(), prompt, options, q.required()));
		}
		return shown;
	}

	/**
	 * The council's answer to a proposal as a reader sees it (the {@link Shown} keyed
	 * "answer").
	 */
	public Shown answer(Process p, Proposal proposal, String language, String[] into) {
		TextVersions.Read read = versions.read(List.of(new TextVersions.Subject("proposal", proposal.id())));
		Shown shown = new Shown(language);
		into[0] = proposal.answerText() == null ? null : shown.text("answer", proposal.answerText(), p.language(),
				read.of("proposal", proposal.id(), "answer"));
		return shown;
	}

	public Map<String, String> written(Process p, String language) {
		return versions.written(allFields(p), language);
	}

	/**
	 * The other of Arabic and French when the process is not yet written in it, or null.
	 */
	public String missing(Process p) {
		return versions.missing(allFields(p), p.language());
	}

	@Transactional
	public void write(Process p, String language, Map<String, String> texts, long actorId) {
		versions.write(allFields(p), p.language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "consultation.texts", "consultation:" + p.code(), language);
	}

}
