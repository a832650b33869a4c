package org.sawa.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a consultation gathered, theme by theme: how many proposals, how many
 * endorsements, how the council answered, and the most endorsed; and who took part,
 * online (distinct people who proposed, commented or endorsed) and in the room (the
 * gatherings' counts). Every count of people goes through the one disclosure rule. A
 * phase's synthesis keeps what happened during it: the proposals made (online that day,
 * or in a gathering held that day) or answered in its dates, the people who proposed,
 * commented or endorsed in them, and the gatherings held in them.
 */
@Service
public class Synthesis {

	/** One theme: its proposals, endorsements, answers by kind and the most endorsed. */
	public record Theme(String category, long proposals, long endorsements, Map<String, Long> answers,
			List<Proposal> top) {
	}

	/**
	 * Who took part, as the public sees it (null for "fewer than five"): people online,
	 * and in the room by group; gatherings and associations are not people and shown as
	 * counted.
	 */
	public record Participation(Long online, Long room, Long women, Long men, Long young, Long disability,
			long gatherings, long associations) {
	}

	public record Summary(List<Theme> themes, long proposals, long answered, long fromRoom,
			Participation participation) {
	}

	private final JdbcClient jdbc;

	private final PublishedCounts published;

	Synthesis(JdbcClient jdbc, PublishedCounts published) {
		this.jdbc = jdbc;
		this.published = published;
	}

	/** The day a proposal was made: in the room, the gathering's; online, its own. */
	private static final String MADE = """
			(CASE WHEN p.gathering_id IS NULL THEN (p.created_at AT TIME ZONE 'Africa/Casablanca')::date
			 ELSE (SELECT g.held_on FROM consultation_gathering g WHERE g.id = p.gathering_id) END)""";

	public Summary of(Process process, String territoryCode) {
		return of(process, territoryCode, null);
	}

	/** The synthesis of one phase of the process (the whole process when null). */
	public Summary of(Process process, String territoryCode, Process.Phase phase) {
		String in = phase == null ? "" : " AND (" + MADE + " BETWEEN :from AND :to"
				+ " OR (p.answered_at AT TIME ZONE 'Africa/Casablanca')::date BETWEEN :from AND :to)";
		List<Theme> themes = new ArrayList<>();
		Map<String, List<Proposal>> top = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT * FROM (SELECT p.*, row_number() OVER (PARTITION BY category ORDER BY endorsements DESC, number)
				  AS rank FROM consultation_proposal p WHERE process_id = :p AND state = 'published' %s) t
				WHERE rank <= 3 ORDER BY category, rank""".formatted(in))
			.params(window(process, phase))
			.query(Proposals::map)
			.list()
			.forEach(p -> top.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(p));
		long[] totals = new long[3];
		jdbc.sql("""
				SELECT category, count(*) AS n, sum(endorsements) AS e,
				  count(*) FILTER (WHERE answer = 'accepted') AS accepted,
				  count(*) FILTER (WHERE answer = 'partial') AS partial,
				  count(*) FILTER (WHERE answer = 'rejected') AS rejected,
				  count(*) FILTER (WHERE answer = 'planned') AS planned,
				  count(*) FILTER (WHERE gathering_id IS NOT NULL) AS room
				FROM consultation_proposal p WHERE process_id = :p AND state = 'published' %s
				GROUP BY category ORDER BY count(*) DESC, category""".formatted(in))
			.params(window(process, phase))
			.query((rs, n) -> {
				Map<String, Long> answers = new LinkedHashMap<>();
				for (String answer : Proposal.ANSWERS) {
					answers.put(answer, rs.getLong(answer));
				}
				totals[0] += rs.getLong("n");
				totals[1] += answers.values().stream().mapToLong(Long::longValue).sum();
				totals[2] += rs.getLong("room");
				return new Theme(rs.getString("category"), rs.getLong("n"), rs.getLong("e"), answers,
						top.getOrDefault(rs.getString("category"), List.of()));
			})
			.list()
			.forEach(themes::add);
		return new Summary(themes, totals[0], totals[1], totals[2], participation(process, territoryCode, phase));
	}

	private static Map<String, Object> window(Process process, Process.Phase phase) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("p", process.id());
		if (phase != null) {
			params.put("from", phase.startsOn());
			params.put("to", phase.endsOn());
		}
		return params;
	}

	private Participation participation(Process process, String territoryCode, Process.Phase phase) {
		String on = phase == null ? ""
				: " AND (x.created_at AT TIME ZONE 'Africa/Casablanca')::date BETWEEN :from AND :to";
		long online = jdbc
			.sql("""
					SELECT count(DISTINCT who) FROM (
					  SELECT x.author_id AS who FROM consultation_proposal x
					    WHERE x.process_id = :p AND x.gathering_id IS NULL %1$s
					  UNION ALL SELECT x.author_id FROM consultation_comment x
					    JOIN consultation_proposal p ON p.id = x.proposal_id WHERE p.process_id = :p %1$s
					  UNION ALL SELECT x.person_id FROM consultation_endorsement x
					    JOIN consultation_proposal p ON p.id = x.proposal_id WHERE p.process_id = :p %1$s) people"""
				.formatted(on))
			.params(window(process, phase))
			.query(Long.class)
			.single();
		Map<String, Object> room = jdbc
			.sql("""
					SELECT count(*) AS gatherings, coalesce(sum(women), 0) AS women, coalesce(sum(men), 0) AS men,
					  coalesce(sum(young), 0) AS young, coalesce(sum(disability), 0) AS disability,
					  coalesce(sum(associations), 0) AS associations
					FROM consultation_gathering WHERE process_id = :p %s"""
				.formatted(phase == null ? "" : " AND held_on BETWEEN :from AND :to"))
			.params(window(process, phase))
			.query()
			.singleRow();
		Cell cell = Cell.of("consultation.participants", territoryCode,
				process.code() + (phase == null ? "" : "/phase-" + phase.position()));
		long women = number(room.get("women"));
		long men = number(room.get("men"));
		return new Participation(published.shown(cell.with("where", "online"), online),
				published.shown(cell.with("where", "room"), women + men),
				published.shown(cell.with("room", "women"), women), published.shown(cell.with("room", "men"), men),
				published.shown(cell.with("room", "young"), number(room.get("young"))),
				published.shown(cell.with("room", "disability"), number(room.get("disability"))),
				number(room.get("gatherings")), number(room.get("associations")));
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

}
