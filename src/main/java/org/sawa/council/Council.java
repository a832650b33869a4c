package org.sawa.council;

/**
 * A territory's elected council; {@code code} is its territory's code, {@code seats} its
 * legal size.
 */
public record Council(long id, long territoryId, String level, String code, Integer seats, String email) {
}
