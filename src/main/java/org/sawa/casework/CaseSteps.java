package org.sawa.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.refusal.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and records the steps of cases, the same way for every kind of case. A step is
 * refused (with the module's own refusal, nothing written) when its actor may not take
 * it, when the case is not in a status it may be taken from, or when its day is missing,
 * in the future or before the case's last step. Recording moves the case's status (with
 * the other columns the step sets), writes the step row, appends the audit entry and
 * publishes {@link StepTaken}, inside the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CaseSteps {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseSteps(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Checks the step, then records it; returns the step row's id. */
	public <S extends Enum<S> & CaseStatus> long take(CaseKind<S> kind, Step<S> step) {
		check(kind, step);
		return record(kind, step);
	}

	/** Refuses the step with its first problem, if it has one. */
	public <S extends Enum<S> & CaseStatus> void check(CaseKind<S> kind, Step<S> step) {
		List<Refused> problems = problems(kind, step);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	/**
	 * What refuses the step, for a form that shows every problem at once: a person who
	 * may not take it learns nothing more; a case in another status, nothing about the
	 * day.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <S extends Enum<S> & CaseStatus> List<Refused> problems(CaseKind<S> kind, Step<S> step) {
		List<Refused> problems = new ArrayList<>();
		if (!step.allowed()) {
			problems.add(kind.refusing().refuse("", step.notAllowedKey()).asDenial());
			return problems;
		}
		if (!step.allowedFrom().isEmpty() && !step.allowedFrom().contains(step.current())) {
			problems.add(kind.refusing().refuse("", kind.statusKey()));
			return problems;
		}
		if (step.dayChecked()) {
			dayProblem(kind, step.caseId(), step.onDay()).ifPresent(problems::add);
		}
		return problems;
	}

	/** The day of the case's latest step, or empty for a case without steps. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<LocalDate> lastDay(CaseKind<?> kind, long caseId) {
		return jdbc
			.sql("SELECT on_day FROM " + kind.stepTable() + " WHERE " + kind.caseColumn() + " = :c"
					+ " ORDER BY on_day DESC LIMIT 1")
			.param("c", caseId)
			.query(LocalDate.class)
			.optional();
	}

	private Optional<Refused> dayProblem(CaseKind<?> kind, long caseId, LocalDate day) {
		CaseKind.DayRule rule = kind.day();
		if (day == null) {
			return Optional.of(kind.refusing().refuse(rule.field(), rule.missingKey()));
		}
		if (day.isAfter(LocalDate.now(clock))) {
			return Optional.of(kind.refusing().refuse(rule.field(), rule.futureKey()));
		}
		Optional<LocalDate> last = lastDay(kind, caseId);
		if (last.isPresent() && day.isBefore(last.get())) {
			return Optional.of(kind.refusing().refuse(rule.field(), rule.beforeKey(), last.get()));
		}
		return Optional.empty();
	}

	/**
	 * Records a checked step: the case's status (and the step's other columns) in one
	 * statement, the step row dated by the step's day (today when it has none) and
	 * stamped by the clock, the audit entry when the step has one, and the
	 * {@link StepTaken} event.
	 */
	public <S extends Enum<S> & CaseStatus> long record(CaseKind<S> kind, Step<S> step) {
		StringBuilder update = new StringBuilder("UPDATE ").append(kind.caseTable())
			.append(" SET ")
			.append(kind.statusColumn())
			.append(" = :status");
		List<String> names = new ArrayList<>(step.columns().keySet());
		for (int i = 0; i < names.size(); i++) {
			update.append(", ").append(names.get(i)).append(" = :c").append(i);
		}
		JdbcClient.StatementSpec statement = jdbc.sql(update.append(" WHERE id = :id").toString())
			.param("status", step.to().code())
			.param("id", step.caseId());
		for (int i = 0; i < names.size(); i++) {
			statement = statement.param("c" + i, step.columns().get(names.get(i)));
		}
		statement.update();
		LocalDate day = step.onDay() == null ? LocalDate.now(clock) : step.onDay();
		long stepId = jdbc
			.sql("INSERT INTO " + kind.stepTable() + " (" + kind.caseColumn() + ", " + kind.kindColumn() + ", on_day, "
					+ kind.actorColumn().column() + ", note, at) VALUES (:c, :k, :d, :a, :n, :at) RETURNING id")
			.param("c", step.caseId())
			.param("k", step.stepKind().code())
			.param("d", day)
			.param("a", kind.actorColumn().value(step.actorId()))
			.param("n", step.note())
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		if (step.audit() != null) {
			audit.append("person:" + step.actorId(), step.audit().action(), step.audit().subject(),
					step.audit().details());
		}
		events.publishEvent(new StepTaken(kind.name(), step.caseId(), stepId, step.stepKind().code(), day,
				step.actorId(), step.note() == null ? "" : step.note(), step.detail()));
		return stepId;
	}

}
