package org.sawa.council;

/**
 * What a member said in a session (Popolo speech): its kind, the agenda item, a short
 * summary.
 */
public record Intervention(long id, long sessionId, Long agendaItemId, long membershipId, String kind, String summary,
		int position) {
}
