package org.sawa.council;

import java.time.LocalDate;
import java.util.List;

/**
 * A councillor's seat in one mandate (Popolo membership) with the posts held over time.
 * Sex and posts are public facts of a public office; the birth year is only used in
 * protected statistics.
 */
public record Member(long membershipId, long councillorId, long mandateId, String fullName, String sex,
		Integer birthYear, String seatType, String listLabel, LocalDate startsOn, LocalDate endsOn,
		List<PostHeld> posts) {

	/** An office held from {@code startsOn} until {@code endsOn} (open when null). */
	public record PostHeld(long id, String post, Long committeeId, Integer rank, LocalDate startsOn, LocalDate endsOn) {

		public boolean activeOn(LocalDate day) {
			return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
		}
	}

	public boolean activeOn(LocalDate day) {
		return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
	}

	public boolean isWoman() {
		return "female".equals(sex);
	}

	public List<PostHeld> postsOn(LocalDate day) {
		return posts.stream().filter(p -> p.activeOn(day)).toList();
	}
}
