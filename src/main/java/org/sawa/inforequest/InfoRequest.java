package org.sawa.inforequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sawa.calendar.WorkingDayCalendar.Pause;

/**
 * A request for information as stored. The requester's identity (names, address, e-mail) is for
 * the requester and the body's officers only; the national ID number is kept only as an HMAC.
 */
public record InfoRequest(long id, String reference, long bodyId, Long requesterId, String channel, String firstName,
		String lastName, String postalAddress, String email, String subject, String description, String language,
		String format, boolean urgent, String urgencyReason, String status, LocalDate receivedOn, LocalDate extendedOn,
		String extensionReason, LocalDate answeredOn, LocalDate complaintHeadOn, LocalDate headAnsweredOn,
		LocalDate complaintCdaiOn, LocalDate closedOn, Long transferredTo, List<String> refusalGrounds, LocalDate dueOn,
		Instant createdAt) {

	/** The body has not answered yet: its answer clock runs (or is paused for a clarification). */
	public static final Set<String> OPEN = Set.of("received", "clarification", "extended");

	/** The body answered: in full, in part, by a refusal or by saying it does not hold the information. */
	public static final Set<String> ANSWERED = Set.of("answered", "answered_part", "refused", "not_held");

	public static final List<String> STATUSES = List.of("received", "clarification", "extended", "answered",
			"answered_part", "refused", "transferred", "not_held", "withdrawn", "complaint_head", "complaint_cdai", "closed");

	public static final List<String> FORMATS = List.of("electronic", "paper_copy", "consultation");

	public boolean open() {
		return OPEN.contains(status);
	}

	public boolean answered() {
		return ANSWERED.contains(status);
	}

	InfoDeadlines.Facts facts(List<Pause> pauses) {
		return new InfoDeadlines.Facts(receivedOn, urgent, extendedOn, pauses, answeredOn, complaintHeadOn,
				headAnsweredOn, complaintCdaiOn);
	}
}
