package org.sawa.inforequest.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.sawa.calendar.Holiday;
import org.sawa.calendar.ReligiousHolidays;
import org.sawa.calendar.WorkingDays;
import org.sawa.account.SawaUser;
import org.sawa.inforequest.InfoRequest;
import org.sawa.inforequest.InfoRequests;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see a request's page, for the controllers that show it and act on it, and what
 * the calendar adds to it.
 */
@Component
class InfoRequestPages {

	private final InfoRequests requests;

	private final WorkingDays workingDays;

	private final ReligiousHolidays religious;

	InfoRequestPages(InfoRequests requests, WorkingDays workingDays, ReligiousHolidays religious) {
		this.requests = requests;
		this.workingDays = workingDays;
		this.religious = religious;
	}

	/**
	 * The holidays on working days between the request's receipt and its answer deadline:
	 * the days its clock skipped beside the weekends.
	 */
	List<Holiday> skipped(InfoRequest request, LocalDate due) {
		if (due == null || !due.isAfter(request.receivedOn())) {
			return List.of();
		}
		return workingDays.between(request.receivedOn().plusDays(1), due)
			.stream()
			.filter(h -> h.day().getDayOfWeek() != DayOfWeek.SATURDAY && h.day().getDayOfWeek() != DayOfWeek.SUNDAY)
			.toList();
	}

	/** This year's and next year's religious holidays still provisional or missing. */
	List<ReligiousHolidays.YearCheck> calendarChecks() {
		return religious.unsettled();
	}

	/**
	 * The request, for its requester or an officer of its body; nobody else (the public
	 * archive shows published answers).
	 */
	InfoRequest visible(String reference, SawaUser user) {
		InfoRequest request = requests.byReference(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean requester = request.requesterId() != null && request.requesterId() == user.id();
		if (!requester && !requests.officer(user.id(), request)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return request;
	}

}
