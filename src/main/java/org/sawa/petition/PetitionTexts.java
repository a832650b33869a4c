package org.sawa.petition;

import java.time.Clock;
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
 * A petition's title, text and request in other languages than the one its agent wrote it
 * in. The original stays what people sign and what the council decides on (the paper
 * sheet prints it); the versions let residents who read another language know what they
 * sign. The agent and the council's staff write them, audited.
 */
@Service
public class PetitionTexts {

	/** A petition with its texts in the reader's language where they exist. */
	public record Localized(Petition petition, Shown shown) {

		/** Whether the reader sees a version rather than the text people sign. */
		public boolean translated() {
			return !shown.lang("title").equals(petition.language()) || !shown.lang("body").equals(petition.language());
		}

	}

	private final TextVersions versions;

	private final AuditLog audit;

	private final Clock clock;

	PetitionTexts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.versions = new TextVersions(jdbc, "petition_text");
		this.audit = audit;
		this.clock = clock;
	}

	/** The texts of a petition, by form name: title, body, requested. */
	public static List<Field> fields(Petition p) {
		return List.of(Field.of("title", "petition", p.id(), "title", 200),
				Field.of("body", "petition", p.id(), "body", 20000),
				Field.of("requested", "petition", p.id(), "requested", 2000));
	}

	/** The petition as a reader of {@code language} sees it. */
	public Localized in(Petition p, String language) {
		TextVersions.Read read = versions.read(List.of(new TextVersions.Subject("petition", p.id())));
		Shown shown = new Shown(language);
		String original = p.language();
		return new Localized(new Petition(p.id(), p.reference(), p.territoryId(), p.level(),
				shown.text("title", p.title(), original, read.of("petition", p.id(), "title")),
				shown.text("body", p.body(), original, read.of("petition", p.id(), "body")),
				shown.text("requested", p.requested(), original, read.of("petition", p.id(), "requested")),
				p.language(), p.petitionerKind(), p.agentId(), p.organisationId(), p.status(), p.threshold(),
				p.spreadMinimum(), p.createdAt(), p.openedAt(), p.depositedAt(), p.decisionDue()), shown);
	}

	/**
	 * The titles of a list of petitions as a reader of {@code language} sees them, keyed
	 * by reference, in one query; the {@link Shown} keys are the references too.
	 */
	public Shown titles(List<Petition> petitions, String language, Map<String, String> into) {
		TextVersions.Read read = versions
			.read(petitions.stream().map(p -> new TextVersions.Subject("petition", p.id())).toList());
		Shown shown = new Shown(language);
		petitions.forEach(p -> into.put(p.reference(),
				shown.text(p.reference(), p.title(), p.language(), read.of("petition", p.id(), "title"))));
		return shown;
	}

	/**
	 * The other of Arabic and French when the petition is not yet written in it, or null.
	 */
	public String missing(Petition p) {
		return versions.missing(fields(p), p.language());
	}

	/** The versions written in one language, by form name. */
	public Map<String, String> written(Petition p, String language) {
		return versions.written(fields(p), language);
	}

	/**
	 * Writes the versions in one language; an empty text removes that version. Refused as
	 * a whole, at each field, when a text is too short or long, or in the petition's own
	 * language (the original is not rewritten once people may sign it).
	 */
	@Transactional
	public void write(Petition p, String language, Map<String, String> texts, long actorId) {
		versions.write(fields(p), p.language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "petition.texts", "petition:" + p.reference(), language);
	}

}
