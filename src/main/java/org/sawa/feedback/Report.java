package org.sawa.feedback;

import java.time.LocalDate;

/**
 * A report as stored. Its contact details ({@code reporterId}, {@code contactEmail},
 * {@code contactPhone}) are for the person and the body's staff only: the public page,
 * the exports and Open311 read {@link #publicDescription()}, {@link #publicPlace()} and
 * {@link #publicName()} and nothing else about who reported.
 */
public record Report(long id, String number, long categoryId, long territoryId, Long bodyId, String aboutCode,
		String place, String description, String language, String channel, Long reporterId, String contactEmail,
		String contactPhone, String publicName, FeedbackStatus status, String outcome, Long duplicateOf,
		LocalDate receivedOn, LocalDate routedOn, LocalDate acknowledgeDueOn, LocalDate answerDueOn,
		LocalDate acknowledgedOn, LocalDate answeredOn, LocalDate closedOn, LocalDate reopenedOn, LocalDate reopenDueOn,
		Boolean satisfied, String ratingNote, LocalDate ratedOn, String redactedDescription, String redactedPlace,
		boolean hidden) {

	/** The channels a report arrives by. */
	public static final java.util.List<String> CHANNELS = java.util.List.of("online", "phone", "paper", "counter");

	/** How a closed report ended. */
	public static final java.util.List<String> OUTCOMES = java.util.List.of("resolved", "not_resolved", "duplicate");

	/** What the public reads of the description: the moderator's redaction, if any. */
	public String publicDescription() {
		return redactedDescription != null ? redactedDescription : description;
	}

	public String publicPlace() {
		return redactedPlace != null ? redactedPlace : place;
	}

	/** The name the person chose to publish, or empty. */
	public String publicName() {
		return publicName;
	}

	public boolean triage() {
		return bodyId == null;
	}

	public boolean open() {
		return status.open();
	}

	/**
	 * Whether the body is late today: not acknowledged, or not answered (after a
	 * reopening: not answered again) by its target.
	 */
	public boolean lateOn(LocalDate today) {
		if (!open() || triage()) {
			return false;
		}
		if (acknowledgedOn == null && acknowledgeDueOn != null && today.isAfter(acknowledgeDueOn)) {
			return true;
		}
		if (status == FeedbackStatus.REOPENED) {
			return reopenDueOn != null && today.isAfter(reopenDueOn);
		}
		return answeredOn == null && answerDueOn != null && today.isAfter(answerDueOn);
	}

	/** The day the body must next act by: acknowledge, answer, or answer again. */
	public LocalDate nextDue() {
		if (!open() || triage()) {
			return null;
		}
		if (acknowledgedOn == null) {
			return acknowledgeDueOn;
		}
		return status == FeedbackStatus.REOPENED ? reopenDueOn : answeredOn == null ? answerDueOn : null;
	}

}
