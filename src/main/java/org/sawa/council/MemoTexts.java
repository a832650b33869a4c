package org.sawa.council;

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
 * A memo's title, summary and what it changed, in other languages than the one it was
 * written in. Its author (an association's representative) or the council's staff write
 * them, audited; readers see their language's version and are told when a text is in
 * another.
 */
@Service
public class MemoTexts {

	/** A memo with its texts in the reader's language where they exist. */
	public record Localized(Memo memo, Shown shown) {
	}

	/**
	 * Memos with their titles in the reader's language (the {@link Shown} keyed by
	 * reference).
	 */
	public record Listed(List<Memo> memos, Shown shown) {
	}

	private final TextVersions versions;

	private final AuditLog audit;

	private final Clock clock;

	MemoTexts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.versions = new TextVersions(jdbc, "council_text");
		this.audit = audit;
		this.clock = clock;
	}

	/** The texts of a memo, by form name (what it changed once it was examined). */
	public static List<Field> fields(Memo m) {
		List<Field> fields = new ArrayList<>(List.of(Field.of("title", "memo", m.id(), "title", 300),
				Field.of("summary", "memo", m.id(), "summary", 5000)));
		if (m.changeText() != null) {
			fields.add(Field.of("changeText", "memo", m.id(), "change_text", 2000));
		}
		return fields;
	}

	/**
	 * The memo as a reader of {@code language} sees it, with the language of each text.
	 */
	public Localized in(Memo m, String language) {
		TextVersions.Read read = versions.read(List.of(new TextVersions.Subject("memo", m.id())));
		Shown shown = new Shown(language);
		Memo localized = m.withTexts(shown.text("title", m.title(), m.language(), read.of("memo", m.id(), "title")),
				shown.text("summary", m.summary(), m.language(), read.of("memo", m.id(), "summary")),
				m.changeText() == null ? null : shown.text("changeText", m.changeText(), m.language(),
						read.of("memo", m.id(), "change_text")));
		return new Localized(localized, shown);
	}

	/**
	 * Memos with their titles as a reader of {@code language} sees them, in one query.
	 */
	public Listed titles(List<Memo> memos, String language) {
		TextVersions.Read read = versions
			.read(memos.stream().map(m -> new TextVersions.Subject("memo", m.id())).toList());
		Shown shown = new Shown(language);
		List<Memo> localized = memos.stream()
			.map(m -> m.withTexts(shown.text(m.reference(), m.title(), m.language(), read.of("memo", m.id(), "title")),
					m.summary(), m.changeText()))
			.toList();
		return new Listed(localized, shown);
	}

	/** The other of Arabic and French when the memo is not yet written in it, or null. */
	public String missing(Memo m) {
		return versions.missing(fields(m), m.language());
	}

	/** The versions written in one language, by form name. */
	public Map<String, String> written(Memo m, String language) {
		return versions.written(fields(m), language);
	}

	/**
	 * Writes the versions in one language; an empty text removes that version. Refused as
	 * a whole, at each field, when a text is too short or long, or in the memo's own
	 * language.
	 */
	@Transactional
	public void write(Memo m, String language, Map<String, String> texts, long actorId) {
		versions.write(fields(m), m.language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "council.memo.texts", "memo:" + m.reference(), language);
	}

}
