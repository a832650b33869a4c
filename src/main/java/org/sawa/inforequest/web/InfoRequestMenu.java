package org.sawa.inforequest.web;

import java.util.List;
import org.sawa.account.SawaUser;
import org.sawa.inforequest.InfoBodies;
import org.sawa.web.StaffMenu;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** An information officer finds the queue of the bodies they answer for in the menu. */
@Component
class InfoRequestMenu implements StaffMenu {

	private final InfoBodies bodies;

	InfoRequestMenu(InfoBodies bodies) {
		this.bodies = bodies;
	}

	@Override
	public List<Link> links(Authentication signedIn) {
		if (signedIn.getPrincipal() instanceof SawaUser user && !bodies.servedBy(user.id()).isEmpty()) {
			return List.of(new Link("nav.infoQueue", "/information/queue"));
		}
		return List.of();
	}

}
