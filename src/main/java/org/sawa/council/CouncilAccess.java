package org.sawa.council;

import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.springframework.stereotype.Component;

/**
 * Who may keep a council's records: staff or programme officers of its territory (or
 * above), and administrators.
 */
@Component
class CouncilAccess {

	private final Permissions permissions;

	CouncilAccess(Permissions permissions) {
		this.permissions = permissions;
	}

	boolean mayManage(long personId, Council council) {
		return mayManageTerritory(personId, council.territoryId());
	}

	boolean mayManageTerritory(long personId, long territoryId) {
		return permissions.hasAny(personId, territoryId, Role.STAFF, Role.PROGRAMME_OFFICER);
	}

}
