package org.sawa.account;

import java.time.Instant;

/** A role granted to a person on a territory (and everything below it). */
public record RoleGrant(long id, long personId, String personEmail, Role role, long territoryId, Instant grantedAt) {
}
