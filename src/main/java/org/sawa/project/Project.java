package org.sawa.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project as stored: its data (what staff enter, a CSV row or an IATI activity carries)
 * and when it was created and last changed.
 */
public record Project(long id, ProjectData data, Instant createdAt, Instant updatedAt) {

	/** IATI ActivityStatus codes, in order. */
	public static final List<Integer> STATUSES = List.of(1, 2, 3, 4, 5, 6);

	/** Where a project comes from in the plans of the collectivity. */
	public static final List<String> PROGRAMMES = List.of("pdr", "pb", "donor", "own", "other");

	/** What a figure counts. */
	public static final List<String> MEASURES = List.of("jobs_permanent", "jobs_temporary", "beneficiaries");

	public static final List<String> STAGES = List.of("planned", "actual");

	/** IATI OrganisationRole codes: funding, accountable, extending, implementing. */
	public static final List<Integer> ROLES = List.of(1, 2, 3, 4);

	/** IATI OrganisationType codes an owner or funder may have. */
	public static final List<String> ORGANISATION_TYPES = List.of("10", "11", "15", "21", "22", "23", "24", "30", "40",
			"60", "70", "71", "72", "73", "80", "90");

	/**
	 * IATI TransactionType codes: incoming funds, commitment, disbursement, expenditure.
	 */
	public static final List<Integer> TRANSACTION_TYPES = List.of(1, 2, 3, 4);

	/** IATI DocumentCategory codes a document may have (A01 to A12). */
	public static final List<String> DOCUMENT_CATEGORIES = List.of("A01", "A02", "A03", "A04", "A05", "A06", "A07",
			"A08", "A09", "A10", "A11", "A12");

	public String identifier() {
		return data.identifier();
	}

	public long territoryId() {
		return data.territoryId();
	}

	/** Progress in per cent: the weight of the milestones done over all their weight. */
	public int progress() {
		return data.progress();
	}

	/** Money planned, over every year and funder. */
	public BigDecimal planned() {
		return data.budgets().stream().map(ProjectData.Budget::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Money spent: disbursements and expenditures. */
	public BigDecimal spent() {
		return data.transactions()
			.stream()
			.filter(ProjectData.Money::spending)
			.map(ProjectData.Money::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Share of the money planned already spent, in per cent (null when nothing planned).
	 */
	public Integer spentShare() {
		BigDecimal planned = planned();
		if (planned.signum() == 0) {
			return null;
		}
		return spent().multiply(BigDecimal.valueOf(100)).divide(planned, 0, java.math.RoundingMode.HALF_UP).intValue();
	}

	/** Sums of a measure and stage by one dimension's option ("" the total). */
	public Map<String, Long> sums(String measure, String stage, String dimension) {
		return data.sums(measure, stage, dimension);
	}

	/** The day it starts: actual, else planned. */
	public LocalDate starts() {
		return data.actualStart() != null ? data.actualStart() : data.plannedStart();
	}

	/** The day it ends: actual, else planned. */
	public LocalDate ends() {
		return data.actualEnd() != null ? data.actualEnd() : data.plannedEnd();
	}

}
