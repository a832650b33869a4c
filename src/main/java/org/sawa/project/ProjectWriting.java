package org.sawa.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sawa.audit.AuditLog;
import org.sawa.audit.Corrections;
import org.sawa.commitment.ActionPlans;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes projects, whole and checked: staff of the collectivity (or above)
 * only, every rule at its field, nothing written when one fails. A change is a correction
 * (reason, earlier values kept, audited); jobs and beneficiaries feed the indicators in
 * the same transaction.
 */
@Service
public class ProjectWriting {

	/** What saving a project did. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	private final ProjectStore store;

	private final Projects projects;

	private final Territories territories;

	private final ActionPlans plans;

	private final Corrections corrections;

	private final JobIndicators indicators;

	private final AuditLog audit;

	private final Clock clock;

	ProjectWriting(ProjectStore store, Projects projects, Territories territories, ActionPlans plans,
			Corrections corrections, JobIndicators indicators, AuditLog audit, Clock clock) {
		this.store = store;
		this.projects = projects;
		this.territories = territories;
		this.plans = plans;
		this.corrections = corrections;
		this.indicators = indicators;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a project; refused when its identifier is taken. */
	@Transactional
	public Project create(ProjectData p, long actorId) {
		Refusals refusals = check(p, actorId);
		if (store.idOf(p.identifier()) != null) {
			refusals.add("identifier", "project.error.identifierTaken");
		}
		refusals.throwIfAny();
		Instant at = clock.instant();
		long id = store.insert(p, at, actorId);
		audit.append("person:" + actorId, "project.created", "project:" + id, p.identifier() + " " + p.title());
		indicators.refresh(JobIndicators.years(p), "person:" + actorId);
		return store.read(List.of(id)).get(0);
	}

	/**
	 * Replaces the project {@code identifier} by {@code p} (which may rename it), as a
	 * correction with its reason; refused when nothing changes.
	 */
	@Transactional
	public Project update(String identifier, ProjectData p, String reason, long actorId) {
		Project before = projects.byIdentifier(identifier)
			.orElseThrow(() -> new ProjectRefused("identifier", "project.error.unknown"));
		Refusals refusals = check(p, actorId);
		if (!projects.manages(actorId, before.territoryId())) {
			refusals.add("territory", "project.error.notYours");
		}
		Long other = store.idOf(p.identifier());
		if (other != null && other != before.id()) {
			refusals.add("identifier", "project.error.identifierTaken");
		}
		Corrections.checkReason(reason, refusals);
		refusals.throwIfAny();
		corrections.record("project:" + before.id(),
				ProjectChanges.between(before.data(), p, id -> territories.byId(id).map(Territory::code).orElse("?")),
				reason, actorId);
		store.replace(before.id(), p, clock.instant(), actorId);
		Set<Integer> years = new HashSet<>(JobIndicators.years(before.data()));
		years.addAll(JobIndicators.years(p));
		indicators.refresh(years, "person:" + actorId);
		return store.read(List.of(before.id())).get(0);
	}

	/**
	 * Saves an imported project: created when new, replaced when it differs, left alone
	 * when the same (so an import run twice changes nothing).
	 */
	@Transactional
	public Outcome saveImported(ProjectData p, String reason, long actorId) {
		var existing = projects.byIdentifier(p.identifier());
		if (existing.isEmpty()) {
			create(p, actorId);
			return Outcome.CREATED;
		}
		if (existing.get().data().equals(p)) {
			return Outcome.UNCHANGED;
		}
		update(p.identifier(), p, reason, actorId);
		return Outcome.UPDATED;
	}

	/**
	 * Runs many saves in one transaction, the indicators rebuilt once at the end for
	 * every year they touched (imports, the demo).
	 */
	@Transactional
	public void inOne(Runnable saves, long actorId) {
		indicators.batch(saves, "person:" + actorId);
	}

	/** Every rule of a project, found in one pass. */
	public Refusals check(ProjectData p, long actorId) {
		Refusals refusals = new Refusals();
		Territory home = territories.byId(p.territoryId()).orElse(null);
		if (home == null || !projects.manages(actorId, home.id())) {
			refusals.add("territory", "project.error.notYours");
		}
		Set<Long> within = home == null ? Set.of() : new HashSet<>(territories.subtree(home.id()));
		LocalDate today = LocalDate.now(clock);
		ProjectChecks.check(p, new ProjectChecks.Context(today, projects.sectors().keySet(), within::contains,
				code -> plans.byCode(code).isPresent()), refusals);
		return refusals;
	}

}
