package org.sawa.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RoleGrants {

	private static final String SELECT = """
			SELECT g.id, g.person_id, p.email, g.role, g.territory_id, g.granted_at
			FROM role_grant g JOIN person p ON p.id = g.person_id
			WHERE g.revoked_at IS NULL """;

	private final JdbcClient jdbc;

	private final Clock clock;

	RoleGrants(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public List<RoleGrant> active() {
		return jdbc.sql(SELECT + " ORDER BY g.granted_at DESC").query(RoleGrants::map).list();
	}

	List<RoleGrant> activeFor(long personId) {
		return jdbc.sql(SELECT + " AND g.person_id = :person ORDER BY g.role")
			.param("person", personId)
			.query(RoleGrants::map)
			.list();
	}

	public Optional<RoleGrant> activeById(long id) {
		return jdbc.sql(SELECT + " AND g.id = :id").param("id", id).query(RoleGrants::map).optional();
	}

	/** Grants the role; empty when the same active grant already exists. */
	public Optional<Long> grant(long personId, Role role, long territoryId, Long grantedBy) {
		return jdbc
			.sql("""
					INSERT INTO role_grant (person_id, role, territory_id, granted_by, granted_at) VALUES (:p, :r, :t, :by, :at)
					ON CONFLICT DO NOTHING RETURNING id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("p", personId)
			.param("r", role.code())
			.param("t", territoryId)
			.param("by", grantedBy)
			.query(Long.class)
			.optional();
	}

	public boolean revoke(long id, long revokedBy) {
		return jdbc
			.sql("UPDATE role_grant SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", revokedBy)
			.param("id", id)
			.update() == 1;
	}

	private static RoleGrant map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RoleGrant(rs.getLong("id"), rs.getLong("person_id"), rs.getString("email"),
				Role.fromCode(rs.getString("role")), rs.getLong("territory_id"),
				rs.getTimestamp("granted_at").toInstant());
	}

}
