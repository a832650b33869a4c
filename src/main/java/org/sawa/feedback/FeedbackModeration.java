package org.sawa.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator of the report's territory redacts what the public reads (personal data, an
 * insult): the description, the place, a step's note; hides a photo or the whole report.
 * What was written stays for the person and the body; each act is audited with its
 * reason, never with the text removed.
 */
@Service
public class FeedbackModeration {

	private final JdbcClient jdbc;

	private final Reports reports;

	private final AuditLog audit;

	private final Clock clock;

	FeedbackModeration(JdbcClient jdbc, Reports reports, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the public reads of the description and the place; the text as written when
	 * left as it is.
	 */
	@Transactional
	public void redact(long reportId, long moderatorId, String description, String place, String reason) {
		Report report = allowed(reportId, moderatorId);
		String shown = Texts.cleanOrEmpty(description);
		if (Texts.length(shown) < 10 || Texts.length(shown) > 5000) {
			throw new FeedbackRefused("description", "feedback.error.description", 10, 5000);
		}
		String shownPlace = Texts.cleanOrEmpty(place);
		if (Texts.length(shownPlace) > 300) {
			throw new FeedbackRefused("place", "feedback.error.place", 300);
		}
		String why = reason(reason);
		jdbc.sql(
				"""
						UPDATE feedback_report SET public_description = :d, public_place = :p, updated_at = :at WHERE id = :id""")
			.param("d", shown.equals(report.description()) ? null : shown)
			.param("p", shownPlace.equals(report.place()) ? null : shownPlace)
			.param("at", Timestamp.from(clock.instant()))
			.param("id", reportId)
			.update();
		audit.append("person:" + moderatorId, "feedback.moderated.text", "feedback:" + report.number(), why);
	}

	/** What the public reads of a step's note. */
	@Transactional
	public void redactStep(long reportId, long stepId, long moderatorId, String note, String reason) {
		Report report = allowed(reportId, moderatorId);
		String shown = Texts.cleanOrEmpty(note);
		if (Texts.length(shown) > 5000) {
			throw new FeedbackRefused("note", "feedback.error.tooLong", 0, 5000);
		}
		String why = reason(reason);
		int changed = jdbc.sql("UPDATE feedback_step SET public_note = :n WHERE id = :s AND report_id = :r")
			.param("n", shown)
			.param("s", stepId)
			.param("r", reportId)
			.update();
		if (changed == 0) {
			throw new FeedbackRefused("", "feedback.error.unknown");
		}
		audit.append("person:" + moderatorId, "feedback.moderated.step", "feedback:" + report.number(),
				"step " + stepId + ": " + why);
	}

	/** Hides a photo from the public, or shows it again. */
	@Transactional
	public void hidePhoto(long reportId, long photoId, long moderatorId, boolean hidden, String reason) {
		Report report = allowed(reportId, moderatorId);
		String why = reason(reason);
		int changed = jdbc.sql("UPDATE feedback_photo SET hidden = :h WHERE id = :p AND report_id = :r")
			.param("h", hidden)
			.param("p", photoId)
			.param("r", reportId)
			.update();
		if (changed == 0) {
			throw new FeedbackRefused("", "feedback.error.unknown");
		}
		audit.append("person:" + moderatorId,
				hidden ? "feedback.moderated.photoHidden" : "feedback.moderated.photoShown",
				"feedback:" + report.number(), "photo " + photoId + ": " + why);
	}

	/** Hides the whole report from the public (abuse), or shows it again. */
	@Transactional
	public void hide(long reportId, long moderatorId, boolean hidden, String reason) {
		Report report = allowed(reportId, moderatorId);
		String why = reason(reason);
		jdbc.sql("UPDATE feedback_report SET hidden = :h, updated_at = :at WHERE id = :id")
			.param("h", hidden)
			.param("at", Timestamp.from(clock.instant()))
			.param("id", reportId)
			.update();
		audit.append("person:" + moderatorId, hidden ? "feedback.moderated.hidden" : "feedback.moderated.shown",
				"feedback:" + report.number(), why);
	}

	private Report allowed(long reportId, long moderatorId) {
		Report report = reports.lock(reportId);
		if (!reports.moderator(moderatorId, report)) {
			throw new FeedbackRefused("", "feedback.error.notModerator").asDenial();
		}
		return report;
	}

	private static String reason(String reason) {
		String why = Texts.cleanOrEmpty(reason);
		if (Texts.length(why) < 5 || Texts.length(why) > 500) {
			throw new FeedbackRefused("reason", "feedback.error.length", 5, 500);
		}
		return why;
	}

}
