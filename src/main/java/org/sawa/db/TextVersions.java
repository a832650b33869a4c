package org.sawa.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The versions, in other languages than their original, of what a module's staff or
 * authors write for the public (a petition's text, a memo, a commitment). Each module
 * keeps them in its own table of one shape,
 * {@code <module>_text (subject, subject_id, field,
 * language, text, updated_by, updated_at)}, so that its data stays its own; this class
 * reads and writes any such table the same way. The record itself keeps its original.
 */
public final class TextVersions {

	/** The languages a version may be written in. */
	public static final List<String> LANGUAGES = List.of("ar", "fr", "en", "zgh");

	/** A record whose versions are read: its kind (within the module) and its id. */
	public record Subject(String subject, long id) {
	}

	/**
	 * A text that may have versions: the form's name for it ({@code key}), where it is
	 * kept and the most characters a version may have.
	 */
	public record Field(String key, Subject of, String column, int most) {

		public static Field of(String key, String subject, long id, String column, int most) {
			return new Field(key, new Subject(subject, id), column, most);
		}

	}

	/** Versions read, by record and field, then by language. */
	public static final class Read {

		private final Map<String, Map<String, String>> versions = new HashMap<>();

		/** The versions of one field of one record, by language (none: empty). */
		public Map<String, String> of(String subject, long id, String column) {
			return versions.getOrDefault(subject + ":" + id + ":" + column, Map.of());
		}

		public Map<String, String> of(Field field) {
			return of(field.of().subject(), field.of().id(), field.column());
		}

	}

	private final JdbcClient jdbc;

	private final String table;

	public TextVersions(JdbcClient jdbc, String table) {
		if (!table.matches("[a-z]{2,30}_text")) {
			throw new IllegalArgumentException("not a versions table: " + table);
		}
		this.jdbc = jdbc;
		this.table = table;
	}

	/** The versions of the given records, in one query. */
	public Read read(Collection<Subject> subjects) {
		return collect(jdbc
			.sql("SELECT subject, subject_id, field, language, text FROM " + table
					+ " WHERE (subject, subject_id) IN (SELECT * FROM unnest(:s::text[], :i::bigint[]))")
			.param("s", subjects.stream().map(Subject::subject).toArray(String[]::new))
			.param("i", subjects.stream().map(Subject::id).toArray(Long[]::new)));
	}

	/**
	 * The versions of some fields of every record of some kinds (a list page's titles).
	 */
	public Read readAll(Collection<String> subjects, Collection<String> columns) {
		return collect(jdbc
			.sql("SELECT subject, subject_id, field, language, text FROM " + table
					+ " WHERE subject = ANY(:s) AND field = ANY(:f)")
			.param("s", subjects.toArray(String[]::new))
			.param("f", columns.toArray(String[]::new)));
	}

	/** The versions written in one language, by the fields' keys (none: empty text). */
	public Map<String, String> written(List<Field> fields, String language) {
		Read read = read(fields.stream().map(Field::of).distinct().toList());
		Map<String, String> written = new java.util.LinkedHashMap<>();
		fields.forEach(f -> written.put(f.key(), read.of(f).getOrDefault(language, "")));
		return written;
	}

	/**
	 * Writes the versions in one language, by the fields' keys; an empty text removes
	 * that version, a key not sent leaves it as it is. Refused as a whole, at each field,
	 * when a text is shorter than 3 characters or longer than the field allows, or when
	 * the language is the original's (the original is corrected, not translated).
	 */
	public void write(List<Field> fields, String original, String language, Map<String, String> texts, long actorId,
			Instant at) {
		Refusals refusals = new Refusals();
		if (!LANGUAGES.contains(language) || language.equals(original)) {
			refusals.add("language", "common.versions.error.language");
		}
		for (Field f : fields) {
			String text = texts.get(f.key());
			int length = org.sawa.input.Texts.length(text == null ? "" : text.strip());
			if (length > 0 && (length > f.most() || length < 3)) {
				refusals.add(f.key(), "common.versions.error.length", 3, f.most());
			}
		}
		refusals.throwIfAny();
		for (Field f : fields) {
			put(f, language, texts.get(f.key()), actorId, at);
		}
	}

	private void put(Field f, String language, String text, long actorId, Instant at) {
		if (text == null) {
			return;
		}
		if (text.isBlank()) {
			jdbc.sql("DELETE FROM " + table
					+ " WHERE subject = :s AND subject_id = :id AND field = :f AND language = :l")
				.param("s", f.of().subject())
				.param("id", f.of().id())
				.param("f", f.column())
				.param("l", language)
				.update();
			return;
		}
		jdbc.sql("INSERT INTO " + table
				+ """
						 (subject, subject_id, field, language, text, updated_by, updated_at)
						VALUES (:s, :id, :f, :l, :t, :by, :at)
						ON CONFLICT (subject, subject_id, field, language)
						DO UPDATE SET text = EXCLUDED.text, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
			.param("s", f.of().subject())
			.param("id", f.of().id())
			.param("f", f.column())
			.param("l", language)
			.param("t", text.strip())
			.param("by", actorId)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static Read collect(JdbcClient.StatementSpec statement) {
		Read read = new Read();
		statement
			.query((rs, n) -> Map.entry(rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getString(3),
					Map.entry(rs.getString(4), rs.getString(5))))
			.list()
			.forEach(e -> read.versions.computeIfAbsent(e.getKey(), k -> new HashMap<>())
				.put(e.getValue().getKey(), e.getValue().getValue()));
		return read;
	}

	/**
	 * The other of Arabic and French when a record written in one of them has no version
	 * in the other yet (what its writers are asked for); null otherwise.
	 */
	public String missing(List<Field> fields, String original) {
		String other = "ar".equals(original) ? "fr" : "fr".equals(original) ? "ar" : null;
		if (other == null || fields.isEmpty()) {
			return null;
		}
		return written(fields, other).values().stream().allMatch(String::isBlank) ? other : null;
	}

	/** Whether a language may hold a version of a record written in {@code original}. */
	public static boolean translatable(String language, String original) {
		return LANGUAGES.contains(language) && !language.equals(original);
	}

}
