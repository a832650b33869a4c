package org.sawa.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A participatory budget: a territory's envelope for a year, perhaps split by province or
 * by theme and with a share kept for projects by or for women (or young people), the way
 * residents choose (within the envelope, or a number of approvals), and its dated phases.
 */
public record PbProcess(long id, String code, long territoryId, int year, String language, String title, String summary,
		BigDecimal envelope, String split, String method, Integer choices, BigDecimal reservedShare, String reservedFor,
		LocalDate proposalsFrom, LocalDate proposalsTo, LocalDate reviewTo, LocalDate votingFrom, LocalDate votingTo,
		Instant reviewsPublishedAt, Instant resultsPublishedAt, Map<String, BigDecimal> parts) {

	/** Where a participatory budget stands on a day. */
	public enum Phase {

		UPCOMING, PROPOSALS, REVIEW, VOTING, COUNTING, RESULTS;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public Phase phase(LocalDate today) {
		if (resultsPublishedAt != null) {
			return Phase.RESULTS;
		}
		if (today.isBefore(proposalsFrom)) {
			return Phase.UPCOMING;
		}
		if (!today.isAfter(proposalsTo)) {
			return Phase.PROPOSALS;
		}
		if (today.isBefore(votingFrom)) {
			return Phase.REVIEW;
		}
		if (!today.isAfter(votingTo)) {
			return Phase.VOTING;
		}
		return Phase.COUNTING;
	}

	public boolean knapsack() {
		return "knapsack".equals(method);
	}

	/** The amount kept for projects by or for the group the budget names, or zero. */
	public BigDecimal reserved() {
		return envelope.multiply(reservedShare).setScale(2, java.math.RoundingMode.HALF_UP);
	}

}
