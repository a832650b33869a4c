package org.sawa.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.Organisation;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The associations present at a gathering, typed by staff one name per line from the
 * attendance sheet: each is the association of that name Sawa knows, or is registered (in
 * the gathering's commune, else the consultation's territory); all lines or none, a name
 * too short or too long refused with its line. The gathering then counts at least as many
 * associations as are named.
 */
@Service
public class GatheringOrganisations {

	/** The most names one list may hold. */
	static final int MOST = 600;

	private final JdbcClient jdbc;

	private final Processes processes;

	private final Accounts accounts;

	private final AuditLog audit;

	GatheringOrganisations(JdbcClient jdbc, Processes processes, Accounts accounts, AuditLog audit) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * Records the associations named, one per line; how many were new to the gathering.
	 */
	@Transactional
	public int record(Process process, Gathering gathering, String names, long actorId) {
		processes.requireStaff(process, actorId, "form");
		List<String> lines = new ArrayList<>();
		Refusals refusals = new Refusals();
		String[] typed = Texts.cleanOrEmpty(names).split("\\R");
		for (int i = 0; i < typed.length; i++) {
			String name = typed[i].strip().replaceAll("\\s+", " ");
			if (name.isEmpty()) {
				continue;
			}
			if (Texts.length(name) < 3 || Texts.length(name) > 200) {
				refusals.add("names", "consultation.error.organisationLine", i + 1, 3, 200);
			}
			lines.add(name);
		}
		if (lines.isEmpty() || lines.size() > MOST) {
			refusals.add("names", "consultation.error.organisationCount", MOST);
		}
		refusals.throwIfAny();
		Map<String, Long> known = new HashMap<>();
		for (Organisation o : accounts.organisations("association")) {
			known.putIfAbsent(o.name().toLowerCase(Locale.ROOT), o.id());
		}
		long where = gathering.communeId() == null ? process.territoryId() : gathering.communeId();
		int added = 0;
		for (String name : lines) {
			long id = known.computeIfAbsent(name.toLowerCase(Locale.ROOT),
					n -> accounts.registerOrganisation("association", name, where, null, actorId));
			added += jdbc.sql("""
					INSERT INTO consultation_gathering_organisation (gathering_id, organisation_id) VALUES (:g, :o)
					ON CONFLICT DO NOTHING""").param("g", gathering.id()).param("o", id).update();
		}
		jdbc.sql("""
				UPDATE consultation_gathering SET associations = greatest(associations,
				  (SELECT count(*) FROM consultation_gathering_organisation WHERE gathering_id = :g))
				WHERE id = :g""").param("g", gathering.id()).update();
		audit.append("person:" + actorId, "consultation.associations",
				"consultation:" + process.code() + "/gathering:" + gathering.id(), added + " added");
		return added;
	}

	/** The names of the associations present, in alphabetical order. */
	public List<String> of(long gatheringId) {
		List<Long> ids = jdbc
			.sql("SELECT organisation_id FROM consultation_gathering_organisation WHERE gathering_id = :g")
			.param("g", gatheringId)
			.query(Long.class)
			.list();
		return accounts.organisations("association")
			.stream()
			.filter(o -> ids.contains(o.id()))
			.map(Organisation::name)
			.sorted()
			.toList();
	}

	/** How many different associations the consultation's gatherings name. */
	public long count(long processId) {
		return jdbc.sql("""
				SELECT count(DISTINCT o.organisation_id) FROM consultation_gathering_organisation o
				JOIN consultation_gathering g ON g.id = o.gathering_id WHERE g.process_id = :p""")
			.param("p", processId)
			.query(Long.class)
			.single();
	}

}
