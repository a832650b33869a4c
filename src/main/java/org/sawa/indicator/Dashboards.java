package org.sawa.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.indicator.internal.DataEntryGrid;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dashboards that officers compose for a territory: the indicators shown, in order, the
 * disparity threshold and whether the public sees it. A territory without a dashboard of
 * its own uses the nearest one above it, so a region's dashboard drills down to its
 * communes.
 */
@Service
public class Dashboards {

	/** The threshold used where no officer has set one. */
	public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.8");

	public record Dashboard(long territoryId, BigDecimal threshold, boolean published, List<String> indicators) {
	}

	private final JdbcClient jdbc;

	private final Territories territories;

	private final AuditLog audit;

	private final Clock clock;

	Dashboards(JdbcClient jdbc, Territories territories, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.territories = territories;
		this.audit = audit;
	}

	/**
	 * The territory's own dashboard, if one was composed. Its tiles are read once the
	 * dashboard's row is read: a query inside the row's mapping, outside a transaction,
	 * takes a second connection while the first is held, and 64 readers at once held the
	 * whole pool and waited for each other until the pool's timeout (the benchmark found
	 * it).
	 */
	public Optional<Dashboard> own(long territoryId) {
		return jdbc.sql("SELECT territory_id, threshold, published FROM dashboard WHERE territory_id = :t")
			.param("t", territoryId)
			.query((rs, n) -> new Dashboard(rs.getLong(1), rs.getBigDecimal(2), rs.getBoolean(3), List.of()))
			.optional()
			.map(row -> new Dashboard(row.territoryId(), row.threshold(), row.published(), tiles(territoryId)));
	}

	/** The dashboard that governs the territory: its own, or the nearest one above it. */
	public Optional<Dashboard> governing(Territory territory) {
		// the territory and those above it, from its materialised path: the deepest
		// dashboard wins
		List<Long> lineage = territories.ancestry(List.of(territory.id())).getOrDefault(territory.id(), List.of());
		if (lineage.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT territory_id FROM dashboard WHERE territory_id IN (:ids)")
			.param("ids", lineage)
			.query(Long.class)
			.list()
			.stream()
			.min(java.util.Comparator.comparingInt(lineage::indexOf))
			.flatMap(this::own);
	}

	/** The threshold below which a group is flagged on this territory's pages. */
	public double threshold(Territory territory) {
		return governing(territory).map(Dashboard::threshold).orElse(DEFAULT_THRESHOLD).doubleValue();
	}

	private List<String> tiles(long territoryId) {
		return jdbc.sql("SELECT indicator_code FROM dashboard_tile WHERE territory_id = :t ORDER BY position")
			.param("t", territoryId)
			.query(String.class)
			.list();
	}

	/**
	 * A dashboard as an officer typed it: the threshold, and for each indicator shown its
	 * position (empty: after the numbered ones, in the catalogue's order).
	 */
	public record Composition(String threshold, Map<String, String> positions, boolean published) {
	}

	/**
	 * Composes a territory's dashboard from the form; refuses with every reason at once
	 * (the threshold, each position at {@code position.<code>}, an empty public dashboard
	 * at {@code show}) and writes nothing then.
	 */
	@Transactional
	public void compose(long territoryId, Composition typed, String actor) {
		Refusals refusals = new Refusals();
		BigDecimal threshold = DataEntryGrid.parse(typed.threshold());
		if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
			refusals.add("threshold", "compose.error.threshold");
		}
		Map<String, Integer> positions = new LinkedHashMap<>();
		typed.positions().forEach((code, text) -> {
			String position = text == null ? "" : text.trim();
			if (position.isEmpty()) {
				positions.put(code, 100 + positions.size());
			}
			else if (position.matches("\\d{1,3}") && Integer.parseInt(position) >= 1) {
				positions.put(code, Integer.valueOf(position));
			}
			else {
				refusals.add("position." + code, "compose.error.position");
			}
		});
		if (typed.published() && typed.positions().isEmpty()) {
			refusals.add("show", "compose.error.empty");
		}
		refusals.throwIfAny();
		List<String> ordered = positions.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
		compose(territoryId, ordered, threshold, typed.published(), actor);
	}

	/** Composes (or recomposes) a territory's dashboard; audited. */
	@Transactional
	public void compose(long territoryId, List<String> indicators, BigDecimal threshold, boolean published,
			String actor) {
		jdbc.sql("""
				INSERT INTO dashboard (territory_id, threshold, published, updated_by, updated_at)
				VALUES (:t, :th, :p, :by, :at)
				ON CONFLICT (territory_id) DO UPDATE SET threshold = EXCLUDED.threshold,
				  published = EXCLUDED.published, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
			.param("t", territoryId)
			.param("th", threshold)
			.param("p", published)
			.param("by", actor)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("DELETE FROM dashboard_tile WHERE territory_id = :t").param("t", territoryId).update();
		for (int i = 0; i < indicators.size(); i++) {
			jdbc.sql("INSERT INTO dashboard_tile (territory_id, indicator_code, position) VALUES (:t, :i, :p)")
				.param("t", territoryId)
				.param("i", indicators.get(i))
				.param("p", i + 1)
				.update();
		}
		audit.append(actor, published ? "dashboard.published" : "dashboard.saved", "territory:" + territoryId,
				"threshold=" + threshold.toPlainString() + " " + indicators);
	}

}
