package org.sawa.project;

import java.util.List;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Component;

/** A territory's page leads to its projects, with how many there are. */
@Component
class ProjectHub implements TerritoryHub {

	private final Projects projects;

	ProjectHub(Projects projects) {
		this.projects = projects;
	}

	@Override
	public List<Link> links(Territory territory) {
		long count = projects.count(territory);
		if (count == 0) {
			return List.of();
		}
		return List.of(Link.described("project.hub.projects", "/projects?territory=" + territory.code(),
				"project.hub.count", String.valueOf(count)));
	}

	@Override
	public int order() {
		return 45;
	}

}
