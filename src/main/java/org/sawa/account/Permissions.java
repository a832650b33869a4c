package org.sawa.account;

import java.util.List;
import org.sawa.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers whether a person holds a role on a territory, directly or through an ancestor. */
@Service
@Transactional(readOnly = true)
public class Permissions {

	private final RoleGrants grants;
	private final Territories territories;

	Permissions(RoleGrants grants, Territories territories) {
		this.grants = grants;
		this.territories = territories;
	}

	public boolean has(long personId, Role role, long territoryId) {
		return grants.activeFor(personId)
			.stream()
			.anyMatch(g -> (g.role() == role || g.role() == Role.ADMIN) && territories.isWithin(territoryId, g.territoryId()));
	}

	public List<RoleGrant> of(long personId) {
		return grants.activeFor(personId);
	}
}
