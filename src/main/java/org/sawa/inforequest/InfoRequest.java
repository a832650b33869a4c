package org.sawa.inforequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sawa.calendar.WorkingDayCalendar.Pause;

/**
 * A request for information as stored. The requester's identity (names, address, e-mail)
 * is for the requester and the body's officers only; the national ID number is kept only
 * as an HMAC.
 */
public record InfoRequest(long id, String reference, long bodyId, Long requesterId, String channel, String firstName,
		String lastName, String postalAddress, String email, String subject, String description, String language,
		String format, boolean urgent, String urgencyReason, InfoStatus status, LocalDate receivedOn,
		LocalDate extendedOn, String extensionReason, LocalDate answeredOn, LocalDate complaintHeadOn,
		LocalDate headAnsweredOn, LocalDate complaintCdaiOn, LocalDate closedOn, Long transferredTo,
		List<String> refusalGrounds, LocalDate dueOn, Instant createdAt) {

	/** The codes of every status, in the order of a request's life. */
	public static final List<String> STATUSES = java.util.Arrays.stream(InfoStatus.values())
		.map(InfoStatus::code)
		.toList();

	public static final List<String> FORMATS = List.of("electronic", "paper_copy", "consultation");

	public boolean open() {
		return InfoStatus.OPEN.contains(status);
	}

	public boolean answered() {
		return InfoStatus.ANSWERS.contains(status);
	}

	InfoDeadlines.Facts facts(List<Pause> pauses) {
		return new InfoDeadlines.Facts(receivedOn, urgent, extendedOn, pauses, answeredOn, complaintHeadOn,
				headAnsweredOn, complaintCdaiOn);
	}
}
