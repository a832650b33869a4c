package org.sawa.project.web;

import java.util.List;
import org.sawa.account.SawaUser;
import org.sawa.project.Projects;
import org.sawa.web.StaffMenu;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Staff who keep projects find them in the menu. */
@Component
class ProjectMenu implements StaffMenu {

	private final Projects projects;

	ProjectMenu(Projects projects) {
		this.projects = projects;
	}

	@Override
	public List<Link> links(Authentication signedIn) {
		if (signedIn.getPrincipal() instanceof SawaUser user && projects.managesAny(user.id())) {
			return List.of(new Link("nav.projectsManage", "/projects/manage"));
		}
		return List.of();
	}

}
