package org.sawa.account;

import java.time.Instant;

/** An association, council or administration, on a territory. */
public record Organisation(long id, String kind, String name, long territoryId, Instant createdAt,
		java.time.LocalDate foundedOn) {

	public static final java.util.List<String> KINDS = java.util.List.of("association", "council", "administration");

}
