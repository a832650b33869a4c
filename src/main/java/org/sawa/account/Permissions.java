package org.sawa.account;

import java.util.List;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
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
		return territories.byId(territoryId).map(scope(personId, role)::test).orElse(false);
	}

	/**
	 * The territories where the person holds the role (or is admin), as a test to run on many
	 * territories: the grants are read once, then each territory is checked by its path.
	 */
	public java.util.function.Predicate<Territory> scope(long personId, Role role) {
		List<Territory> roots = grants.activeFor(personId)
			.stream()
			.filter(g -> g.role() == role || g.role() == Role.ADMIN)
			.flatMap(g -> territories.byId(g.territoryId()).stream())
			.toList();
		return territory -> roots.stream().anyMatch(root -> root.contains(territory));
	}

	/** The territories where the person holds any of the roles (or is admin). */
	public java.util.function.Predicate<Territory> scopeOfAny(long personId, Role... roles) {
		java.util.function.Predicate<Territory> any = t -> false;
		for (Role role : roles) {
			any = any.or(scope(personId, role));
		}
		return any;
	}

	public List<RoleGrant> of(long personId) {
		return grants.activeFor(personId);
	}
}
