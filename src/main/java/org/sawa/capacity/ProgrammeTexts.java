package org.sawa.capacity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.sawa.capacity.Stories.Story;
import org.sawa.db.TextVersions;
import org.sawa.db.TextVersions.Field;
import org.sawa.input.Shown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a programme publishes in its working language (its activities' topics, its success
 * stories) in the other languages: its officers write the versions, audited; a reader
 * sees hers and is told when a text is in another language. The programme's names are
 * written in the four languages with the programme itself.
 */
@Service
public class ProgrammeTexts {

	/** A programme's activities and stories as a reader sees them. */
	public record Localized(List<Activity> activities, List<Story> stories, Shown shown) {
	}

	private final TextVersions versions;

	private final AuditLog audit;

	private final Clock clock;

	ProgrammeTexts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.versions = new TextVersions(jdbc, "capacity_text");
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The texts that may have versions, by form name: {@code a<id>} for an activity's
	 * topic, {@code s<id>-title} and {@code s<id>-body} for a story.
	 */
	public static List<Field> fields(List<Activity> activities, List<Story> stories) {
		List<Field> fields = new ArrayList<>();
		activities.forEach(a -> fields.add(Field.of("a" + a.id(), "activity", a.id(), "topic", 300)));
		stories.forEach(s -> {
			fields.add(Field.of("s" + s.id() + "-title", "story", s.id(), "title", 200));
			fields.add(Field.of("s" + s.id() + "-body", "story", s.id(), "body", 10000));
		});
		return fields;
	}

	/** The activities and stories as a reader of {@code language} sees them. */
	public Localized in(Programme p, List<Activity> activities, List<Story> stories, String language) {
		TextVersions.Read read = versions.read(fields(activities, stories).stream().map(Field::of).distinct().toList());
		Shown shown = new Shown(language);
		String original = p.language();
		List<Activity> shownActivities = activities.stream()
			.map(a -> new Activity(a.id(), a.programmeId(), a.kind(),
					shown.text("a" + a.id(), a.topic(), original, read.of("activity", a.id(), "topic")), a.heldOn(),
					a.hours(), a.mode(), a.place(), a.trainers(), a.territoryId()))
			.toList();
		List<Story> shownStories = stories.stream()
			.map(s -> new Story(s.id(), s.programmeId(), s.participantId(),
					shown.text("s" + s.id() + "-title", s.title(), original, read.of("story", s.id(), "title")),
					shown.text("s" + s.id() + "-body", s.body(), original, read.of("story", s.id(), "body")),
					s.consentOn(), s.consentNote(), s.published()))
			.toList();
		return new Localized(shownActivities, shownStories, shown);
	}

	/** The versions written in one language, by form name. */
	public Map<String, String> written(List<Activity> activities, List<Story> stories, String language) {
		return versions.written(fields(activities, stories), language);
	}

	/**
	 * Writes versions in one language, by form name (a name not sent is left as it is, an
	 * empty text removes its version). Refused as a whole, at each field, when a text is
	 * too short or long, or in the programme's working language.
	 */
	@Transactional
	public void write(Programme p, List<Activity> activities, List<Story> stories, String language,
			Map<String, String> texts, long actorId) {
		versions.write(fields(activities, stories), p.language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "capacity.programme.texts", "programme:" + p.code(), language);
	}

}
