package org.sawa.budget;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A project a resident or an association proposes for a participatory budget, with its
 * supports and the staff's review (feasible or not and why, the cost re-estimated, the
 * council's competence checked).
 */
public record PbProposal(long id, long processId, int number, String title, String description, String language,
		long communeId, String place, String theme, BigDecimal estimatedCost, boolean forWomen, boolean forYouth,
		Long authorId, Long associationId, Instant submittedAt, Instant withdrawnAt, Boolean feasible,
		String reviewReason, BigDecimal reviewedCost, Boolean competenceChecked, Instant reviewedAt, int supports) {

	/**
	 * The cost a ballot and the results count: re-estimated by the review, else
	 * estimated.
	 */
	public BigDecimal cost() {
		return reviewedCost != null ? reviewedCost : estimatedCost;
	}

	public boolean reviewed() {
		return feasible != null;
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	/**
	 * Whether it counts toward the share kept for a group ({@code women}, {@code youth}).
	 */
	public boolean reservedFor(String group) {
		return ("women".equals(group) && forWomen) || ("youth".equals(group) && forYouth);
	}

	public String dir() {
		return "ar".equals(language) ? "rtl" : "ltr";
	}

}
