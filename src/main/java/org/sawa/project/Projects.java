package org.sawa.project;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects as others read them: one by its identifier, those of a territory (kept by
 * it or located in it, its subtree included), the sectors, and who keeps them: staff and
 * administrators of the collectivity or above.
 */
@Service
@Transactional(readOnly = true)
public class Projects {

	private final ProjectStore store;

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final Territories territories;

	private final String prefix;

	Projects(ProjectStore store, JdbcClient jdbc, Permissions permissions, Territories territories,
			@org.springframework.beans.factory.annotation.Value("${sawa.project.organisation-prefix}") String prefix) {
		this.store = store;
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.territories = territories;
		this.prefix = prefix;
	}

	/**
	 * The reporting organisation of the projects a collectivity keeps: its council, with
	 * the IATI identifier {@code <prefix>-<territory code>} (local government, type 11).
	 */
	public ProjectData.Org reporting(Territory collectivity) {
		return new ProjectData.Org(0, prefix + "-" + collectivity.code(), "11",
				collectivity.names().getOrDefault("fr", collectivity.code()));
	}

	public Optional<Project> byIdentifier(String identifier) {
		Long id = identifier == null ? null : store.idOf(identifier);
		return id == null ? Optional.empty() : store.read(List.of(id)).stream().findFirst();
	}

	/** The projects kept by or located in the territory or any territory below it. */
	public List<Project> in(Territory territory) {
		return store.read(store.idsIn(territories.subtree(territory.id())));
	}

	/** How many projects a territory has (its subtree included). */
	public long count(Territory territory) {
		return store.idsIn(territories.subtree(territory.id())).size();
	}

	/** Whether a person keeps the projects of a territory. */
	public boolean manages(long personId, long territoryId) {
		return permissions.hasAny(personId, territoryId, Role.STAFF, Role.ADMIN);
	}

	/** Whether the person is staff or administrator anywhere. */
	public boolean managesAny(long personId) {
		return permissions.staffAnywhere(personId);
	}

	/** The collectivities whose projects a person keeps. */
	public List<Territory> collectivities(long personId) {
		return permissions.staffCollectivities(personId);
	}

	/** The sectors, by code, each with its names by language. */
	public Map<String, Map<String, String>> sectors() {
		Map<String, Map<String, String>> sectors = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM project_sector ORDER BY code").query(rs -> {
			Map<String, String> names = new HashMap<>();
			for (String language : List.of("ar", "fr", "en", "zgh")) {
				names.put(language, rs.getString("name_" + language));
			}
			sectors.put(rs.getString("code"), names);
		});
		return sectors;
	}

	/** The identifier of the project a participatory budget's winner became, if any. */
	public Optional<String> fromOrigin(String origin) {
		return jdbc.sql("SELECT identifier FROM project WHERE origin = :o")
			.param("o", origin)
			.query(String.class)
			.optional();
	}

}
