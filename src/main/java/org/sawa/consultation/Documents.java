package org.sawa.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.accessible.Braille;
import org.sawa.audit.AuditLog;
import org.sawa.follow.Changes;
import org.sawa.db.TextVersions;
import org.sawa.db.TextVersions.Field;
import org.sawa.input.Shown;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's documents: staff of its territory add them (title and text in one
 * language, all fields checked at once, audited) and write them in the other languages;
 * anyone reads them, in their language where written, and downloads a Braille-ready file
 * made from the Arabic or French text.
 */
@Service
public class Documents {

	/** A document with its texts in the reader's language where they exist. */
	public record Localized(Document document, Shown shown) {
	}

	private final JdbcClient jdbc;

	private final TextVersions versions;

	private final Processes processes;

	private final Braille braille;

	private final AuditLog audit;

	private final Clock clock;

	private final Changes changes;

	Documents(JdbcClient jdbc, Processes processes, Braille braille, Changes changes, AuditLog audit, Clock clock) {
		this.changes = changes;
		this.jdbc = jdbc;
		this.versions = new TextVersions(jdbc, "consultation_text");
		this.processes = processes;
		this.braille = braille;
		this.audit = audit;
		this.clock = clock;
	}

	/** Adds a document to the process; refused as a whole with a reason at each field. */
	@Transactional
	public int add(Process process, String title, String body, String language, long actorId) {
		processes.requireStaff(process, actorId, "form");
		Refusals refusals = new Refusals();
		String cleanTitle = Proposals.clean(title);
		String cleanBody = Proposals.clean(body);
		if (Texts.length(cleanTitle) < 3 || Texts.length(cleanTitle) > 200) {
			refusals.add("title", "consultation.error.title", 3, 200);
		}
		if (Texts.length(cleanBody) < 20 || Texts.length(cleanBody) > 50000) {
			refusals.add("body", "consultation.error.summary", 20, 50000);
		}
		if (!TextVersions.LANGUAGES.contains(language == null ? "" : language)) {
			refusals.add("language", "validation.option");
		}
		refusals.throwIfAny();
		int number = processes.nextNumber(process, "consultation_document");
		jdbc.sql("""
				INSERT INTO consultation_document (process_id, number, title, body, language, created_by, created_at)
				VALUES (:p, :n, :t, :b, :l, :by, :at)""")
			.param("p", process.id())
			.param("n", number)
			.param("t", cleanTitle)
			.param("b", cleanBody)
			.param("l", language)
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append("person:" + actorId, "consultation.document",
				"consultation:" + process.code() + "/document:" + number, cleanTitle);
		changes.record(Changes.Change.of("consultation", process.code(), process.territoryId(), process.title(),
				"follow.change.document", List.of(cleanTitle),
				"/consultations/" + process.code() + "/documents/" + number));
		return number;
	}

	public List<Document> of(long processId) {
		return jdbc.sql("SELECT * FROM consultation_document WHERE process_id = :p ORDER BY number")
			.param("p", processId)
			.query(Documents::map)
			.list();
	}

	public Optional<Document> byNumber(long processId, int number) {
		return jdbc.sql("SELECT * FROM consultation_document WHERE process_id = :p AND number = :n")
			.param("p", processId)
			.param("n", number)
			.query(Documents::map)
			.optional();
	}

	/** The document's title and text, by form name. */
	public static List<Field> fields(Document d) {
		return List.of(Field.of("title", "document", d.id(), "title", 200),
				Field.of("body", "document", d.id(), "body", 50000));
	}

	/** The document as a reader of {@code language} sees it. */
	public Localized in(Document d, String language) {
		TextVersions.Read read = versions.read(List.of(new TextVersions.Subject("document", d.id())));
		Shown shown = new Shown(language);
		return new Localized(
				new Document(d.id(), d.processId(), d.number(),
						shown.text("title", d.title(), d.language(), read.of("document", d.id(), "title")),
						shown.text("body", d.body(), d.language(), read.of("document", d.id(), "body")), d.language()),
				shown);
	}

	/** Titles of documents as a reader sees them, by number. */
	public Shown titles(List<Document> documents, String language, Map<Integer, String> into) {
		TextVersions.Read read = versions
			.read(documents.stream().map(d -> new TextVersions.Subject("document", d.id())).toList());
		Shown shown = new Shown(language);
		documents.forEach(d -> into.put(d.number(),
				shown.text("d" + d.number(), d.title(), d.language(), read.of("document", d.id(), "title"))));
		return shown;
	}

	/** The languages among Arabic and French in which the whole document is written. */
	public List<String> brailleLanguages(Document d) {
		List<String> languages = new ArrayList<>();
		if (!braille.available()) {
			return languages;
		}
		for (String language : List.of("ar", "fr")) {
			if (language.equals(d.language())
					|| versions.written(fields(d), language).values().stream().noneMatch(String::isBlank)) {
				languages.add(language);
			}
		}
		return languages;
	}

	/**
	 * The Braille-ready file of the document in Arabic or French, if it is written in it.
	 */
	public Optional<byte[]> braille(Document d, String language) {
		if (!brailleLanguages(d).contains(language)) {
			return Optional.empty();
		}
		if (language.equals(d.language())) {
			return braille.file(language, d.title(), d.body());
		}
		Map<String, String> written = versions.written(fields(d), language);
		return braille.file(language, written.get("title"), written.get("body"));
	}

	public Map<String, String> written(Document d, String language) {
		return versions.written(fields(d), language);
	}

	@Transactional
	public void write(Process process, Document d, String language, Map<String, String> texts, long actorId) {
		versions.write(fields(d), d.language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "consultation.texts",
				"consultation:" + process.code() + "/document:" + d.number(), language);
	}

	private static Document map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Document(rs.getLong("id"), rs.getLong("process_id"), rs.getInt("number"), rs.getString("title"),
				rs.getString("body"), rs.getString("language"));
	}

}
