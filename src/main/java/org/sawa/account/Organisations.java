package org.sawa.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Organisations {

	record Member(long personId, String displayName, String role) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Organisations(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public long create(String kind, String name, long territoryId, java.time.LocalDate foundedOn) {
		return jdbc.sql("""
				INSERT INTO organisation (kind, name, territory_id, founded_on, created_at)
				VALUES (:k, :n, :t, :f, :at) RETURNING id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("k", kind)
			.param("n", name)
			.param("t", territoryId)
			.param("f", foundedOn)
			.query(Long.class)
			.single();
	}

	public Optional<Organisation> byId(long id) {
		return jdbc.sql("SELECT * FROM organisation WHERE id = :id")
			.param("id", id)
			.query(Organisations::map)
			.optional();
	}

	public List<Organisation> all() {
		return jdbc.sql("SELECT * FROM organisation ORDER BY kind, name").query(Organisations::map).list();
	}

	/** The associations a person represents. */
	List<Organisation> representedBy(long personId) {
		return jdbc.sql("""
				SELECT o.* FROM organisation o JOIN organisation_member m ON m.organisation_id = o.id
				WHERE m.person_id = :p AND m.role = 'representative' AND o.kind = 'association' ORDER BY o.name""")
			.param("p", personId)
			.query(Organisations::map)
			.list();
	}

	public List<Organisation> ofPerson(long personId) {
		return jdbc.sql("""
				SELECT o.* FROM organisation o JOIN organisation_member m ON m.organisation_id = o.id
				WHERE m.person_id = :p ORDER BY o.name""").param("p", personId).query(Organisations::map).list();
	}

	public List<Member> members(long organisationId) {
		return jdbc.sql("""
				SELECT p.id, p.display_name, m.role FROM organisation_member m JOIN person p ON p.id = m.person_id
				WHERE m.organisation_id = :o ORDER BY m.role DESC, p.display_name""")
			.param("o", organisationId)
			.query((rs, n) -> new Member(rs.getLong("id"), rs.getString("display_name"), rs.getString("role")))
			.list();
	}

	public boolean addMember(long organisationId, long personId, String role) {
		return jdbc.sql("""
				INSERT INTO organisation_member (organisation_id, person_id, role) VALUES (:o, :p, :r)
				ON CONFLICT (organisation_id, person_id) DO UPDATE SET role = EXCLUDED.role""")
			.param("o", organisationId)
			.param("p", personId)
			.param("r", role)
			.update() == 1;
	}

	public boolean isRepresentative(long organisationId, long personId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM organisation_member WHERE organisation_id = :o AND person_id = :p
				               AND role = 'representative')""")
			.param("o", organisationId)
			.param("p", personId)
			.query(Boolean.class)
			.single();
	}

	private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Organisation(rs.getLong("id"), rs.getString("kind"), rs.getString("name"),
				rs.getLong("territory_id"), rs.getTimestamp("created_at").toInstant(),
				rs.getObject("founded_on", java.time.LocalDate.class));
	}

}
