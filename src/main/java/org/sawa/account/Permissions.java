package org.sawa.account;

import java.util.List;
import java.util.function.Predicate;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers whether a person holds a role on a territory, directly or through an ancestor.
 */
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
		return hasAny(personId, territoryId, role);
	}

	/**
	 * Whether the person holds any of the roles (or is admin) on the territory or one
	 * above it.
	 */
	public boolean hasAny(long personId, long territoryId, Role... roles) {
		return territories.byId(territoryId).map(scopeOfAny(personId, roles)::test).orElse(false);
	}

	/**
	 * Whether the person was granted this very role on the territory or one above it; an
	 * administrator's powers do not count. For what administering the platform is no
	 * reason to read (law 09-08, minimisation): a person's coaching notes.
	 */
	public boolean holdsItself(long personId, Role role, long territoryId) {
		return territories.byId(territoryId).map(granted(personId, g -> g.role() == role)::test).orElse(false);
	}

	/**
	 * The territories where the person holds the role (or is admin), as a test to run on
	 * many territories: the grants are read once, then each territory is checked by its
	 * path.
	 */
	public Predicate<Territory> scope(long personId, Role role) {
		return scopeOfAny(personId, role);
	}

	/**
	 * The territories where the person holds any of the roles (or is admin); the grants
	 * are read once.
	 */
	public Predicate<Territory> scopeOfAny(long personId, Role... roles) {
		List<Role> wanted = List.of(roles);
		return granted(personId, g -> wanted.contains(g.role()) || g.role() == Role.ADMIN);
	}

	/**
	 * The territories at or below those of the person's active grants that pass
	 * {@code which}; the grants are read once.
	 */
	private Predicate<Territory> granted(long personId, Predicate<RoleGrant> which) {
		List<Territory> roots = grants.activeFor(personId)
			.stream()
			.filter(which)
			.flatMap(g -> territories.byId(g.territoryId()).stream())
			.toList();
		return territory -> roots.stream().anyMatch(root -> root.contains(territory));
	}

	/** Whether the person is staff or administrator of some territory. */
	public boolean staffAnywhere(long personId) {
		return of(personId).stream().anyMatch(g -> g.role() == Role.STAFF || g.role() == Role.ADMIN);
	}

	/**
	 * The collectivities (regions, provinces, communes) whose staff the person is, or
	 * whose administrator, directly or through a territory above: what she may keep the
	 * records of (budgets, projects).
	 */
	public List<Territory> staffCollectivities(long personId) {
		Predicate<Territory> scope = scopeOfAny(personId, Role.STAFF, Role.ADMIN);
		return java.util.stream.Stream
			.of(org.sawa.territory.Level.REGION, org.sawa.territory.Level.PROVINCE, org.sawa.territory.Level.COMMUNE)
			.flatMap(level -> territories.atLevel(level).stream())
			.filter(scope)
			.toList();
	}

	public List<RoleGrant> of(long personId) {
		return grants.activeFor(personId);
	}

}
