package org.sawa.council;

import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.springframework.stereotype.Component;

/** Who may keep a council's records: staff or programme officers of its territory (or above), and administrators. */
@Component
class CouncilAccess {

	private final Permissions permissions;

	CouncilAccess(Permissions permissions) {
		this.permissions = permissions;
	}

	boolean mayManage(long personId, Council council) {
		return permissions.has(personId, Role.STAFF, council.territoryId())
				|| permissions.has(personId, Role.PROGRAMME_OFFICER, council.territoryId());
	}

	boolean mayManageTerritory(long personId, long territoryId) {
		return permissions.has(personId, Role.STAFF, territoryId)
				|| permissions.has(personId, Role.PROGRAMME_OFFICER, territoryId);
	}
}
