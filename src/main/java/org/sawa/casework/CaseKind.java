package org.sawa.casework;

import org.sawa.refusal.Refused;

/**
 * Where one kind of case keeps its status and its steps, and how its refusals read. Each
 * module declares its own as a constant; the table and column names are code, never user
 * input.
 *
 * @param name the case kind in {@link StepTaken} events ("petition", "info-request"...)
 * @param statuses the enum of the case's statuses
 * @param stepKinds the enum of its kinds of step (often the same enum)
 * @param caseTable the table of the cases
 * @param statusColumn the case table's status column
 * @param stepTable the table of the steps
 * @param caseColumn the step table's column naming the case
 * @param kindColumn the step table's column of the step's kind
 * @param actorColumn how the step table names who took the step
 * @param refusing the module's own refusal type
 * @param statusKey the message key when the case is not in a status the step may leave
 * @param day the field and message keys of a refused day
 */
public record CaseKind<S extends Enum<S> & CaseStatus>(String name, Class<S> statuses,
		Class<? extends CaseStatus> stepKinds, String caseTable, String statusColumn, String stepTable,
		String caseColumn, String kindColumn, ActorColumn actorColumn, Refusing refusing, String statusKey,
		DayRule day) {

	/** Makes the module's refusal: its field, message key and arguments. */
	@FunctionalInterface
	public interface Refusing {

		Refused refuse(String field, String messageKey, Object... arguments);

	}

	/** The step table's column for the person who took the step. */
	public enum ActorColumn {

		/** {@code actor TEXT}, written "person:&lt;id&gt;" as in the audit log. */
		ACTOR_TEXT("actor"),
		/** {@code by_person BIGINT}. */
		BY_PERSON("by_person");

		private final String column;

		ActorColumn(String column) {
			this.column = column;
		}

		public String column() {
			return column;
		}

		Object value(long personId) {
			return this == ACTOR_TEXT ? "person:" + personId : personId;
		}

	}

	/**
	 * The field a step's day is entered in and the message keys when it is missing, in
	 * the future or before the case's last step (that message gets the last step's day as
	 * its argument).
	 */
	public record DayRule(String field, String missingKey, String futureKey, String beforeKey) {

		/** One message for the three. */
		public static DayRule of(String field, String key) {
			return new DayRule(field, key, key, key);
		}
	}
}
