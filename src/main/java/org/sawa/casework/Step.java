package org.sawa.casework;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One step a module asks {@link CaseSteps} to check and record: the case and its status
 * now, the status the step leaves it in, the statuses it may be taken from, who takes it
 * and whether they may, its day, its note, other columns of the case it sets, and its
 * audit entry. Built fluently in the module's service, then given to
 * {@link CaseSteps#take} (or {@code check}, the module's own checks, then
 * {@code record}).
 */
public final class Step<S extends Enum<S> & CaseStatus> {

	/** The audit entry of a step taken by staff. */
	public record Audit(String action, String subject, String details) {
	}

	private final long caseId;

	private final S current;

	private final S to;

	private CaseStatus kind;

	private Set<S> from = Set.of();

	private long actorId;

	private boolean allowed = true;

	private String notAllowedKey = "";

	private LocalDate onDay;

	private boolean dayChecked;

	private String note = "";

	private String detail;

	private final Map<String, Object> columns = new LinkedHashMap<>();

	private Audit audit;

	private Step(long caseId, S current, S to) {
		this.caseId = caseId;
		this.current = current;
		this.to = to;
		this.kind = to;
	}

	/**
	 * A step of the case, now in {@code current}, that leaves it in {@code to}; its kind
	 * is {@code to}.
	 */
	public static <S extends Enum<S> & CaseStatus> Step<S> of(long caseId, S current, S to) {
		return new Step<>(caseId, current, to);
	}

	/**
	 * The step's kind when it is not the status reached (a requester's clarification, the
	 * head's answer).
	 */
	public Step<S> kind(CaseStatus stepKind) {
		this.kind = stepKind;
		return this;
	}

	/** The statuses the step may be taken from (none named: any). */
	@SafeVarargs
	public final Step<S> from(S first, S... others) {
		this.from = EnumSet.of(first, others);
		return this;
	}

	public Step<S> from(Set<S> statuses) {
		this.from = statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
		return this;
	}

	/** Taken by this person, who may take it. */
	public Step<S> by(long personId) {
		this.actorId = personId;
		return this;
	}

	/**
	 * Taken by this person, refused with {@code notAllowedKey} unless {@code allowed}.
	 */
	public Step<S> by(long personId, boolean allowed, String notAllowedKey) {
		this.actorId = personId;
		this.allowed = allowed;
		this.notAllowedKey = notAllowedKey;
		return this;
	}

	/**
	 * The day in law the step was taken, as entered: checked against today and the case's
	 * last step.
	 */
	public Step<S> on(LocalDate day) {
		this.onDay = day;
		this.dayChecked = true;
		return this;
	}

	/**
	 * A day the module checked its own way (a deposit's day of receipt), or null for
	 * today.
	 */
	public Step<S> onUnchecked(LocalDate day) {
		this.onDay = day;
		this.dayChecked = false;
		return this;
	}

	public Step<S> note(String text) {
		this.note = text;
		return this;
	}

	/** What a notice of the step says, when not the note. */
	public Step<S> detail(String text) {
		this.detail = text;
		return this;
	}

	/**
	 * Another column of the case set with the status, in the same statement (a constraint
	 * may tie them).
	 */
	public Step<S> set(String column, Object value) {
		this.columns.put(column, value);
		return this;
	}

	public Step<S> audited(String action, String subject, String details) {
		this.audit = new Audit(action, subject, details);
		return this;
	}

	public long caseId() {
		return caseId;
	}

	public S current() {
		return current;
	}

	public S to() {
		return to;
	}

	public CaseStatus stepKind() {
		return kind;
	}

	public Set<S> allowedFrom() {
		return from;
	}

	public long actorId() {
		return actorId;
	}

	public boolean allowed() {
		return allowed;
	}

	public String notAllowedKey() {
		return notAllowedKey;
	}

	public LocalDate onDay() {
		return onDay;
	}

	public boolean dayChecked() {
		return dayChecked;
	}

	public String note() {
		return note;
	}

	public String detail() {
		return detail == null ? (note == null ? "" : note) : detail;
	}

	public Map<String, Object> columns() {
		return Collections.unmodifiableMap(columns);
	}

	public Audit audit() {
		return audit;
	}

}
