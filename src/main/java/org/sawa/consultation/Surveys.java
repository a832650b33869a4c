package org.sawa.consultation;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's survey: staff of its territory add questions; a signed-in resident
 * answers them all at once while the consultation takes contributions (every answer
 * checked at its question: an unknown option, a scale out of range, a text too long, a
 * required question left empty), and may change her answers until it closes. Her profile
 * as it stood at her first answer is kept with her response for the results by group; her
 * first response counts once for the lens.
 */
@Service
public class Surveys {

	public static final String CHANNEL = "consultation.survey";

	/** What a person answered to one question. */
	public record Answer(List<Integer> choices, Integer scale, String text) {

		public static Answer none() {
			return new Answer(List.of(), null, "");
		}

	}

	private final JdbcClient jdbc;

	private final Processes processes;

	private final Contributing contributing;

	private final Participations participations;

	private final AuditLog audit;

	private final Clock clock;

	Surveys(JdbcClient jdbc, Processes processes, Contributing contributing, Participations participations,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.contributing = contributing;
		this.participations = participations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Adds a question (options one per line for a choice); refused at each field. */
	@Transactional
	public int ask(Process process, String kind, String prompt, String options, boolean required, long actorId) {
		processes.requireStaff(process, actorId, "form");
		Refusals refusals = new Refusals();
		if (!Question.KINDS.contains(kind == null ? "" : kind)) {
			refusals.add("kind", "validation.option");
		}
		String text = Texts.cleanOrEmpty(prompt);
		if (Texts.length(text) < 5 || Texts.length(text) > 500) {
			refusals.add("prompt", "consultation.error.title", 5, 500);
		}
		List<String> choices = Arrays.stream(Texts.cleanOrEmpty(options).split("\\R"))
			.map(String::strip)
			.filter(o -> !o.isEmpty())
			.distinct()
			.toList();
		boolean choice = "single".equals(kind) || "multiple".equals(kind);
		if (choice && (choices.size() < 2 || choices.size() > 12 || choices.stream().anyMatch(o -> o.length() > 200))) {
			refusals.add("options", "consultation.error.options", 2, 12);
		}
		refusals.throwIfAny();
		int position = processes.nextNumber(process, "consultation_question", "position");
		jdbc.sql("""
				INSERT INTO consultation_question (process_id, position, kind, prompt, options, required, created_by,
				  created_at)
				VALUES (:p, :n, :k, :t, :o, :r, :by, :at)""")
			.param("p", process.id())
			.param("n", position)
			.param("k", kind)
			.param("t", text)
			.param("o", choice ? choices.toArray(String[]::new) : new String[0])
			.param("r", required)
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append("person:" + actorId, "consultation.question", "consultation:" + process.code() + "/q" + position,
				text);
		return position;
	}

	/**
	 * Whether the survey takes answers today (while the consultation takes
	 * contributions).
	 */
	public boolean open(Process process) {
		return contributing.open(process);
	}

	public List<Question> questions(long processId) {
		return jdbc.sql("SELECT * FROM consultation_question WHERE process_id = :p ORDER BY position")
			.param("p", processId)
			.query((rs, n) -> new Question(rs.getLong("id"), rs.getInt("position"), rs.getString("kind"),
					rs.getString("prompt"), strings(rs.getArray("options")), rs.getBoolean("required")))
			.list();
	}

	/**
	 * Records the person's answers, by question position (typed values as the form sent
	 * them: option numbers from 1, a scale, a text); refused as a whole with a reason at
	 * each question ({@code q<position>}). True for a first response.
	 */
	@Transactional
	public boolean answer(Process process, long personId, Map<Integer, Answer> answers) {
		Refusals refusals = new Refusals();
		contributing.check(process, personId, "form", refusals);
		List<Question> questions = questions(process.id());
		for (Question q : questions) {
			check(q, answers.getOrDefault(q.position(), Answer.none()), refusals);
		}
		refusals.throwIfAny();
		Optional<Long> existing = responseOf(process.id(), personId);
		long response = existing.orElseGet(() -> insertResponse(process, personId));
		jdbc.sql("UPDATE consultation_response SET updated_at = :at WHERE id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", response)
			.update();
		jdbc.sql("DELETE FROM consultation_answer WHERE response_id = :r").param("r", response).update();
		for (Question q : questions) {
			Answer a = answers.getOrDefault(q.position(), Answer.none());
			jdbc.sql("""
					INSERT INTO consultation_answer (response_id, question_id, choices, scale, text)
					VALUES (:r, :q, :c, :s, :t)""")
				.param("r", response)
				.param("q", q.id())
				.param("c", a.choices().toArray(Integer[]::new))
				.param("s", a.scale())
				.param("t", Texts.cleanOrEmpty(a.text()))
				.update();
		}
		if (existing.isEmpty()) {
			contributing.record(CHANNEL, process, personId);
		}
		return existing.isEmpty();
	}

	private static void check(Question q, Answer a, Refusals refusals) {
		String field = "q" + q.position();
		boolean empty = a.choices().isEmpty() && a.scale() == null && Texts.cleanOrEmpty(a.text()).isEmpty();
		if (empty) {
			if (q.required()) {
				refusals.add(field, "consultation.error.required");
			}
			return;
		}
		boolean fits = switch (q.kind()) {
			case "single" -> a.choices().size() == 1 && a.scale() == null && a.text().isEmpty();
			case "multiple" -> a.scale() == null && a.text().isEmpty();
			case "scale" -> a.choices().isEmpty() && a.text().isEmpty();
			default -> a.choices().isEmpty() && a.scale() == null;
		};
		if (!fits || a.choices().stream().anyMatch(c -> c == null || c < 1 || c > q.options().size())
				|| a.choices().stream().distinct().count() != a.choices().size()) {
			refusals.add(field, "validation.option");
		}
		else if (a.scale() != null && (a.scale() < 1 || a.scale() > 5)) {
			refusals.add(field, "consultation.error.scale");
		}
		else if (Texts.length(Texts.cleanOrEmpty(a.text())) > 2000) {
			refusals.add(field, "consultation.error.answerLength", 2000);
		}
	}

	private long insertResponse(Process process, long personId) {
		DemographicSnapshot as = participations.snapshot(personId, clock.instant());
		return jdbc.sql("""
				INSERT INTO consultation_response (process_id, person_id, sex, age_band, disability, area, created_at,
				  updated_at)
				VALUES (:p, :person, :sex, :age, :dis, :area, :at, :at) RETURNING id""")
			.param("p", process.id())
			.param("person", personId)
			.param("sex", as.sex())
			.param("age", as.ageBand())
			.param("dis", as.disability())
			.param("area", as.area())
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	private Optional<Long> responseOf(long processId, long personId) {
		return jdbc.sql("SELECT id FROM consultation_response WHERE process_id = :p AND person_id = :person")
			.param("p", processId)
			.param("person", personId)
			.query(Long.class)
			.optional();
	}

	/** The person's answers by question position (none: empty). */
	public Map<Integer, Answer> answersOf(long processId, long personId) {
		Map<Integer, Answer> answers = new HashMap<>();
		jdbc.sql("""
				SELECT q.position, a.choices, a.scale, a.text FROM consultation_answer a
				JOIN consultation_question q ON q.id = a.question_id
				JOIN consultation_response r ON r.id = a.response_id
				WHERE r.process_id = :p AND r.person_id = :person""")
			.param("p", processId)
			.param("person", personId)
			.query(rs -> {
				answers.put(rs.getInt(1),
						new Answer(integers(rs.getArray(2)), (Integer) rs.getObject(3), rs.getString(4)));
			});
		return answers;
	}

	/** How many people answered the survey. */
	public long respondents(long processId) {
		return jdbc.sql("SELECT count(*) FROM consultation_response WHERE process_id = :p")
			.param("p", processId)
			.query(Long.class)
			.single();
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	static List<Integer> integers(Array array) throws SQLException {
		return array == null ? List.of() : new ArrayList<>(Arrays.asList((Integer[]) array.getArray()));
	}

}
