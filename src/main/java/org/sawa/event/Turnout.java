package org.sawa.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.DemographicSnapshot;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who attended an event, by sex, age band, disability and area: registrations ticked at
 * the door and lines of the paper sheets together. The public sees each figure through
 * {@link PublishedCounts} (nothing under five); staff of the territory see the exact
 * counts. Only one dimension at a time is shown, never their crossings.
 */
@Service
public class Turnout {

	/** The dimensions and their options, in the order shown. */
	public static final Map<String, List<String>> DIMENSIONS = DemographicSnapshot.OPTIONS;

	/**
	 * The figures of an event: its total and, by dimension, by option (null: under 5).
	 */
	public record Figures(long exact, Long total, Map<String, Map<String, Long>> by) {

		public boolean anyone() {
			return exact > 0;
		}

	}

	private final JdbcClient jdbc;

	private final PublishedCounts published;

	Turnout(JdbcClient jdbc, PublishedCounts published) {
		this.jdbc = jdbc;
		this.published = published;
	}

	public Figures of(Event event, String territoryCode, boolean exact) {
		List<String[]> people = jdbc.sql("""
				SELECT attended_as[1], attended_as[2], attended_as[4], attended_as[3] FROM event_registration
				WHERE event_id = :e AND attended_at IS NOT NULL
				UNION ALL
				SELECT l.sex, l.age_band, l.area, l.disability FROM event_sheet_line l
				JOIN event_sheet s ON s.id = l.sheet_id WHERE s.event_id = :e AND s.removed_at IS NULL""")
			.param("e", event.id())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.list();
		Cell all = Cell.of(Registrations.CHANNEL, territoryCode, "event-" + event.id());
		Map<String, Map<String, Long>> by = new LinkedHashMap<>();
		int column = 0;
		for (var dimension : DIMENSIONS.entrySet()) {
			int c = column++;
			Map<String, Long> shown = new LinkedHashMap<>();
			for (String option : dimension.getValue()) {
				long count = people.stream().filter(p -> option.equals(p[c])).count();
				shown.put(option, published.shown(all.with(dimension.getKey(), option), count, exact));
			}
			by.put(dimension.getKey(), shown);
		}
		return new Figures(people.size(), published.shown(all, people.size(), exact), by);
	}

}
