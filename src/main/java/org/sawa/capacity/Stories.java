package org.sawa.capacity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Success stories: written by officers, published only once the person's consent is
 * recorded.
 */
@Service
@Transactional
public class Stories {

	private final Clock clock;

	public record Story(long id, long programmeId, long participantId, String title, String body, LocalDate consentOn,
			String consentNote, boolean published) {
	}

	private final JdbcClient jdbc;

	private final Programmes programmes;

	private final AuditLog audit;

	Stories(JdbcClient jdbc, Programmes programmes, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.audit = audit;
	}

	public long write(long participantId, String title, String body, long actorId) {
		Participant participant = programmes.participant(participantId)
			.orElseThrow(() -> new CapacityRefused("participant", "validation.option"));
		String cleanTitle = title == null ? "" : title.trim();
		String cleanBody = body == null ? "" : body.trim();
		if (Texts.length(cleanTitle) < 3 || Texts.length(cleanTitle) > 200) {
			throw new CapacityRefused("title", "council.error.memoTitle", 3, 200);
		}
		if (Texts.length(cleanBody) < 20 || Texts.length(cleanBody) > 10000) {
			throw new CapacityRefused("body", "council.error.memoSummary", 20, 10000);
		}
		long id = jdbc
			.sql("""
					INSERT INTO capacity_story (programme_id, participant_id, title, body) VALUES (:p, :pa, :t, :b) RETURNING id""")
			.param("p", participant.programmeId())
			.param("pa", participantId)
			.param("t", cleanTitle)
			.param("b", cleanBody)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "capacity.story.written", "story:" + id, "participant:" + participantId);
		return id;
	}

	/**
	 * Records the person's consent to publication: the day and how it was given (signed
	 * form, recorded call).
	 */
	public void consent(long storyId, LocalDate on, String note, long actorId) {
		story(storyId);
		if (on == null || on.isAfter(LocalDate.now(clock))) {
			throw new CapacityRefused("consentOn", "validation.pastDate");
		}
		String clean = note == null ? "" : note.trim();
		if (Texts.length(clean) < 3) {
			throw new CapacityRefused("consentNote", "capacity.error.consentNote");
		}
		jdbc.sql("UPDATE capacity_story SET consent_on = :d, consent_note = :n WHERE id = :id")
			.param("d", on)
			.param("n", clean)
			.param("id", storyId)
			.update();
		audit.append("person:" + actorId, "capacity.story.consent", "story:" + storyId, on.toString());
	}

	public void publish(long storyId, long actorId) {
		Story story = story(storyId);
		if (story.consentOn() == null) {
			throw new CapacityRefused("", "capacity.error.noConsent");
		}
		jdbc.sql("UPDATE capacity_story SET published = TRUE WHERE id = :id").param("id", storyId).update();
		audit.append("person:" + actorId, "capacity.story.published", "story:" + storyId, "");
	}

	/** Withdraws a story from publication (e.g. the person withdrew consent). */
	public void withdraw(long storyId, long actorId) {
		story(storyId);
		jdbc.sql("UPDATE capacity_story SET published = FALSE, consent_on = NULL, consent_note = NULL WHERE id = :id")
			.param("id", storyId)
			.update();
		audit.append("person:" + actorId, "capacity.story.withdrawn", "story:" + storyId, "");
	}

	@Transactional(readOnly = true)
	public Story story(long id) {
		return jdbc.sql("SELECT * FROM capacity_story WHERE id = :id")
			.param("id", id)
			.query(Stories::map)
			.optional()
			.orElseThrow(() -> new CapacityRefused("", "capacity.error.noStory"));
	}

	@Transactional(readOnly = true)
	public List<Story> of(long programmeId, boolean publishedOnly) {
		return jdbc
			.sql("SELECT * FROM capacity_story WHERE programme_id = :p" + (publishedOnly ? " AND published" : "")
					+ " ORDER BY id")
			.param("p", programmeId)
			.query(Stories::map)
			.list();
	}

	private static Story map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Story(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("participant_id"),
				rs.getString("title"), rs.getString("body"), rs.getObject("consent_on", LocalDate.class),
				rs.getString("consent_note"), rs.getBoolean("published"));
	}

}
