package org.sawa.event;

import java.time.Instant;
import java.util.List;

/**
 * A person's registration for an event, with the needs they asked for; cancelled by them
 * before the event, ticked by staff at the door.
 */
public record Registration(long id, long eventId, long personId, List<String> needs, String otherNeed,
		Instant registeredAt, Instant cancelledAt, Instant attendedAt) {

	public boolean active() {
		return cancelledAt == null;
	}

	public boolean attended() {
		return attendedAt != null;
	}

}
