package org.sawa.indicator.internal;

import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.account.SawaUser;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * Who may see exact counts instead of protected ones: a programme officer (or an
 * administrator) of the territory or of one above it. Everyone else, signed in or not,
 * sees "<5".
 */
@Component
public class ExactFigures {

	private final Permissions permissions;

	ExactFigures(Permissions permissions) {
		this.permissions = permissions;
	}

	public boolean allowed(SawaUser user, Territory territory) {
		return user != null && permissions.scope(user.id(), Role.PROGRAMME_OFFICER).test(territory);
	}

}
