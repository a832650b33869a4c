package org.sawa.petition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.calendar.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What petitions in some territories did in a calendar year: opened for signatures,
 * deposited, found admissible or not, deliberated and answered (each counted in the year
 * of its step), and the signatures given that year by channel and by sex. Raw counts: a
 * public page must protect the counts of signatories before showing them.
 */
@Service
public class PetitionStatistics {

	/**
	 * The year's counts; {@code signaturesBySex} maps female, male and not_stated to
	 * signatures.
	 */
	public record Year(long opened, long deposited, long admissible, long inadmissible, long deliberated, long answered,
			long signatures, long online, long paper, Map<String, Long> signaturesBySex) {
	}

	private static final List<String> SEXES = List.of("female", "male", "not_stated");

	private final JdbcClient jdbc;

	PetitionStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Year of(Collection<Long> territoryIds, int year) {
		Map<String, Long> steps = new LinkedHashMap<>();
		jdbc.sql(
				"""
						SELECT s.status, count(DISTINCT s.petition_id) AS n FROM petition_step s JOIN petition p ON p.id = s.petition_id
						WHERE p.territory_id IN (:ids) AND extract(YEAR FROM s.at AT TIME ZONE :zone) = :year
						GROUP BY s.status""")
			.param("ids", territoryIds)
			.param("year", year)
			.param("zone", WorkingDays.MOROCCO.getId())
			.query((rs, n) -> steps.put(rs.getString("status"), rs.getLong("n")))
			.list();
		Map<String, Long> bySex = new LinkedHashMap<>();
		SEXES.forEach(sex -> bySex.put(sex, 0L));
		long[] channels = new long[2];
		jdbc.sql("""
				SELECT sex, channel, sum(n) AS n FROM %s
				WHERE signed_year = :year GROUP BY sex, channel"""
			.formatted(PetitionTally.counted("petition_id IN (SELECT id FROM petition WHERE territory_id IN (:ids))")))
			.param("ids", territoryIds)
			.param("year", year)
			.query((rs, n) -> {
				String sex = SEXES.contains(rs.getString("sex")) ? rs.getString("sex") : "not_stated";
				bySex.merge(sex, rs.getLong("n"), Long::sum);
				channels["online".equals(rs.getString("channel")) ? 0 : 1] += rs.getLong("n");
				return null;
			})
			.list();
		return new Year(steps.getOrDefault("collecting", 0L), steps.getOrDefault("deposited", 0L),
				steps.getOrDefault("admissible", 0L), steps.getOrDefault("inadmissible", 0L),
				steps.getOrDefault("deliberated", 0L), steps.getOrDefault("answered", 0L), channels[0] + channels[1],
				channels[0], channels[1], bySex);
	}

}
