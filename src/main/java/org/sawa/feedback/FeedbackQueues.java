package org.sawa.feedback;

import java.util.List;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * Whose queue is whose: a body's staff (its information officers and the administrators
 * of its territory) see the body's reports and no other's; an administrator of a
 * territory also sees the reports there waiting in triage for a body.
 */
@Service
public class FeedbackQueues {

	/** A person's queue: the bodies she acts for and the territories she triages. */
	public record Queue(List<InfoBody> bodies, List<Territory> triage, List<Report> reports) {
	}

	private final InfoBodies bodies;

	private final Permissions permissions;

	private final Territories territories;

	private final Reports reports;

	FeedbackQueues(InfoBodies bodies, Permissions permissions, Territories territories, Reports reports) {
		this.bodies = bodies;
		this.permissions = permissions;
		this.territories = territories;
		this.reports = reports;
	}

	public boolean hasQueue(long personId) {
		return !bodies.servedBy(personId).isEmpty() || !triaged(personId).isEmpty();
	}

	/** The territories whose triage queue the person keeps: those she administers. */
	private List<Territory> triaged(long personId) {
		var administered = permissions.scope(personId, Role.ADMIN);
		return territories.atLevel(org.sawa.territory.Level.REGION).stream().filter(administered).toList();
	}

	public Queue of(long personId) {
		List<InfoBody> served = bodies.servedBy(personId);
		List<Territory> triage = triaged(personId);
		List<Long> triageIds = triage.stream().flatMap(t -> territories.subtree(t.id()).stream()).toList();
		return new Queue(served, triage, reports.queue(served.stream().map(InfoBody::id).toList(), triageIds));
	}

}
