package org.sawa.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sawa.account.Accounts;
import org.sawa.account.Participations;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules every online contribution follows (a proposal, a comment, an endorsement):
 * the process takes contributions today, and the person is not blocked from its
 * territory's consultations; and how each one is counted by the participation lens.
 */
@Component
class Contributing {

	/** The kinds of phase during which residents contribute online. */
	static final List<String> CONTRIBUTING_PHASES = List.of("consultation", "workshops");

	private final JdbcClient jdbc;

	private final Territories territories;

	private final Accounts accounts;

	private final Participations participations;

	private final Clock clock;

	Contributing(JdbcClient jdbc, Territories territories, Accounts accounts, Participations participations,
			Clock clock) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.accounts = accounts;
		this.participations = participations;
		this.clock = clock;
	}

	/**
	 * Whether the process takes contributions today: a consultation or workshops phase is
	 * open.
	 */
	boolean open(Process process) {
		Process.Stage stage = process.stageOn(LocalDate.now(clock));
		return stage.open() && CONTRIBUTING_PHASES.contains(stage.phase().kind());
	}

	/**
	 * Adds a reason at {@code field} when the process takes no contribution today or the
	 * person is blocked from it.
	 */
	void check(Process process, long personId, String field, Refusals refusals) {
		if (!open(process)) {
			refusals.add(field, "consultation.error.closed");
		}
		else if (blocked(personId, process)) {
			refusals.add(field, "consultation.error.blocked");
		}
	}

	/**
	 * Whether a moderator blocked the person from this process's territory or one above
	 * it.
	 */
	boolean blocked(long personId, Process process) {
		Long[] places = territories.byId(process.territoryId())
			.map(territories::lineage)
			.orElse(List.of())
			.stream()
			.map(Territory::id)
			.toArray(Long[]::new);
		return jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM consultation_block WHERE person_id = :p AND territory_id = ANY(:t))")
			.param("p", personId)
			.param("t", places)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Counts the act for the participation lens, in the caller's transaction: where the
	 * person lives when that is within the process's territory (so a commune sees its
	 * residents' part in the region's consultation), else the process's territory.
	 */
	void record(String channel, Process process, long personId) {
		long where = accounts.residence(personId)
			.flatMap(territories::byId)
			.filter(home -> territories.lineage(home).stream().anyMatch(t -> t.id() == process.territoryId()))
			.map(Territory::id)
			.orElse(process.territoryId());
		participations.record(channel, where, personId, clock.instant());
	}

}
