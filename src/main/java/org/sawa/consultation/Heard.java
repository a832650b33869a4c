package org.sawa.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.lens.Participants;
import org.sawa.lens.WhoTakesPart;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "What we heard": who took part in a consultation, online and in the room, by sex, age
 * band, area and disability against the territory's population (the groups
 * under-represented named first), with what was proposed and what the council answered.
 * Each person who proposed, commented or endorsed online counts once, as her profile
 * stands at the end of the consultation (or today, while it runs); the room counts by
 * what the gatherings' totals give (sex and disability, and the area of the commune they
 * were held in). Every figure goes through the disclosure rule.
 */
@Service
public class Heard {

	/** The report of a consultation. */
	public record Report(Synthesis.Summary summary, List<WhoTakesPart> who, List<WhoTakesPart.Gap> gaps,
			LocalDate asOf) {
	}

	private final JdbcClient jdbc;

	private final Synthesis synthesis;

	private final Participations participations;

	private final Participants participants;

	private final Territories territories;

	private final Clock clock;

	Heard(JdbcClient jdbc, Synthesis synthesis, Participations participations, Participants participants,
			Territories territories, Clock clock) {
		this.jdbc = jdbc;
		this.synthesis = synthesis;
		this.participations = participations;
		this.participants = participants;
		this.territories = territories;
		this.clock = clock;
	}

	public Report of(Process process, Territory territory) {
		LocalDate today = LocalDate.now(clock);
		LocalDate asOf = process.endsOn().isBefore(today) ? process.endsOn() : today;
		Instant at = asOf.atTime(23, 59).atZone(clock.getZone()).toInstant();
		Map<String, Map<String, Long>> counts = new HashMap<>();
		List<Long> online = jdbc.sql("""
				SELECT author_id FROM consultation_proposal WHERE process_id = :p AND gathering_id IS NULL
				UNION SELECT c.author_id FROM consultation_comment c
				  JOIN consultation_proposal p ON p.id = c.proposal_id WHERE p.process_id = :p
				UNION SELECT e.person_id FROM consultation_endorsement e
				  JOIN consultation_proposal p ON p.id = e.proposal_id WHERE p.process_id = :p""")
			.param("p", process.id())
			.query(Long.class)
			.list();
		for (DemographicSnapshot person : participations.snapshots(online, at).values()) {
			add(counts, "sex", person.sex(), 1);
			add(counts, "age_band", person.ageBand(), 1);
			add(counts, "area", person.area(), 1);
			add(counts, "disability", person.disability(), 1);
		}
		Map<Long, String> areas = new HashMap<>();
		for (Gathering g : jdbc.sql("SELECT * FROM consultation_gathering WHERE process_id = :p")
			.param("p", process.id())
			.query(Gatherings::map)
			.list()) {
			int people = g.women() + g.men();
			add(counts, "sex", "female", g.women());
			add(counts, "sex", "male", g.men());
			add(counts, "age_band", DemographicSnapshot.NOT_STATED, people);
			String area = g.communeId() == null ? DemographicSnapshot.NOT_STATED
					: areas.computeIfAbsent(g.communeId(),
							id -> territories.byId(id)
								.flatMap(Territory::area)
								.map(a -> a.code())
								.orElse(DemographicSnapshot.NOT_STATED));
			add(counts, "area", area, people);
			add(counts, "disability", "yes", g.disability());
			add(counts, "disability", "no", people - g.disability());
		}
		List<WhoTakesPart> who = participants.against(territory, "consultation.heard", process.code(), counts);
		return new Report(synthesis.of(process, territory.code()), who, WhoTakesPart.gaps(who), asOf);
	}

	private static void add(Map<String, Map<String, Long>> counts, String dimension, String option, long n) {
		counts.computeIfAbsent(dimension, d -> new HashMap<>()).merge(option, n, Long::sum);
	}

}
