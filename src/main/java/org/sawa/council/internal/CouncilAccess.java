package org.sawa.council.internal;

import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.council.Council;
import org.springframework.stereotype.Component;

/**
 * Who may keep a council's records: staff or programme officers of its territory (or
 * above), and administrators.
 */
@Component
public class CouncilAccess {

	private final Permissions permissions;

	CouncilAccess(Permissions permissions) {
		this.permissions = permissions;
	}

	public boolean mayManage(long personId, Council council) {
		return mayManageTerritory(personId, council.territoryId());
	}

	public boolean mayManageTerritory(long personId, long territoryId) {
		return permissions.hasAny(personId, territoryId, Role.STAFF, Role.PROGRAMME_OFFICER);
	}

}
