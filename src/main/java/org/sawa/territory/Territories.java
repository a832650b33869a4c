package org.sawa.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sawa.db.ReferenceData;
import org.sawa.input.SearchFolding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The territory hierarchy and its population: the module's API for other modules. The
 * hierarchy is read from a copy in memory ({@link ReferenceData}, dropped on every node
 * when a territory changes); the rest is one read statement, run in the caller's
 * transaction if there is one (no transaction of its own: public pages call several of
 * them, and each transaction costs round trips).
 */
@Service
public class Territories {

	private static final String COLUMNS = "id, code, level, kind, parent_id, path, name_ar, name_fr, name_en, name_zgh, arrondissements";

	private final JdbcClient jdbc;

	/** Every territory, in memory on each node, dropped when one changes (ADR 0036). */
	private final ReferenceData.Cached<TerritoryTree> tree;

	Territories(JdbcClient jdbc, ReferenceData reference) {
		this.jdbc = jdbc;
		this.tree = reference.cache(() -> new TerritoryTree(
				jdbc.sql("SELECT " + COLUMNS + " FROM territory ORDER BY name_fr, id").query(Territories::map).list()),
				"territory");
		this.populations = reference.memo("territory", "population");
		this.years = reference.memo("territory", "population");
	}

	/** A territory and a year. */
	private record Year(long territoryId, int year) {
	}

	/**
	 * The populations summed so far, on each node, dropped when a territory or a
	 * population figure changes (the country's sums every commune: issue 23).
	 */
	private final ReferenceData.Memo<Year, Population> populations;

	/**
	 * The years with population figures below each territory, newest first, on each node.
	 */
	private final ReferenceData.Memo<Long, List<Integer>> years;

	public Optional<Territory> byId(long id) {
		Territory known = tree.get().byId().get(id);
		return known != null ? Optional.of(known)
				: fresh(jdbc.sql("SELECT " + COLUMNS + " FROM territory WHERE id = :id")
					.param("id", id)
					.query(Territories::map)
					.optional());
	}

	public Optional<Territory> byCode(String code) {
		Territory known = tree.get().byCode().get(code);
		return known != null ? Optional.of(known)
				: fresh(jdbc.sql("SELECT " + COLUMNS + " FROM territory WHERE code = :code")
					.param("code", code)
					.query(Territories::map)
					.optional());
	}

	/**
	 * A territory the copy in memory did not have but the database has (added a moment
	 * ago, its announcement on its way): the copy is dropped.
	 */
	private Optional<Territory> fresh(Optional<Territory> read) {
		read.ifPresent(found -> tree.drop());
		return read;
	}

	public Optional<Territory> country() {
		return tree.get().atLevel(Level.COUNTRY).stream().min(Comparator.comparingLong(Territory::id));
	}

	/** The territories right below, by kind then name (French). */
	public List<Territory> children(long parentId) {
		return tree.get().children(parentId);
	}

	/** The territories of a level, by name (French). */
	public List<Territory> atLevel(Level level) {
		return tree.get().atLevel(level);
	}

	/**
	 * The territories whose name, in any of the four languages, or code matches what was
	 * typed ({@link org.sawa.input.SearchFolding}: accents, Arabic letter forms and case
	 * do not matter; failing that, a Latin transliteration's consonants), at most
	 * {@code limit}: names that begin with it first, then higher levels, then by name in
	 * the reader's language.
	 */
	public List<Territory> search(String typed, Locale locale, int limit) {
		String query = SearchFolding.fold(typed);
		if (query.isEmpty()) {
			return List.of();
		}
		String skeleton = SearchFolding.skeleton(typed);
		List<TerritoryTree.Named> all = tree.get().named();
		Map<Territory, Integer> rank = new HashMap<>();
		for (TerritoryTree.Named named : all) {
			int best = named.territory().code().equalsIgnoreCase(typed.trim()) ? 0 : Integer.MAX_VALUE;
			for (String folded : named.folded()) {
				if (begins(folded, query)) {
					best = Math.min(best, 0);
				}
				else if (folded.contains(query)) {
					best = Math.min(best, 1);
				}
			}
			if (best != Integer.MAX_VALUE) {
				rank.put(named.territory(), best);
			}
		}
		if (rank.isEmpty() && !skeleton.isEmpty()) {
			// nothing as typed: a transliteration, its consonants at the start of a
			// name or of one of its words
			for (TerritoryTree.Named named : all) {
				if (named.skeletons().stream().anyMatch(s -> begins(s, skeleton))) {
					rank.put(named.territory(), 2);
				}
			}
		}
		Collator collator = Collator.getInstance(locale);
		return rank.keySet()
			.stream()
			.sorted(Comparator.<Territory>comparingInt(rank::get)
				.thenComparing(t -> t.level().ordinal())
				.thenComparing(t -> t.name(locale), collator))
			.limit(limit)
			.toList();
	}

	/** Whether the text, or one of its words, begins with {@code start}. */
	private static boolean begins(String text, String start) {
		return text.startsWith(start) || text.contains(" " + start);
	}

	/**
	 * The territories sorted by their name in the reader's language, as a dictionary
	 * would.
	 */
	public static List<Territory> byName(Collection<Territory> territories, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return territories.stream().sorted(Comparator.comparing(t -> t.name(locale), collator)).toList();
	}

	/** The territory and those below it at the given level, by name (French). */
	public List<Territory> within(long ancestorId, Level level) {
		return byId(ancestorId).map(ancestor -> tree.get().atLevel(level).stream().filter(ancestor::contains).toList())
			.orElse(List.of());
	}

	/**
	 * The ids of the territory and of every territory below it, from the materialised
	 * paths, higher levels first.
	 */
	public List<Long> subtree(long ancestorId) {
		return byId(ancestorId).map(ancestor -> tree.get().below(ancestor)).orElse(List.of());
	}

	/** From the country down to the territory itself. */
	public List<Territory> lineage(Territory territory) {
		TerritoryTree all = tree.get();
		return TerritoryTree.pathIds(territory.path())
			.stream()
			.map(id -> all.byId().get(id))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/**
	 * For each territory given, its id and those of every territory above it (itself
	 * first, the country last), from the materialised paths; unknown ids are left out.
	 */
	public Map<Long, List<Long>> ancestry(java.util.Collection<Long> ids) {
		Map<Long, List<Long>> ancestry = new java.util.HashMap<>();
		for (Long id : ids) {
			byId(id).ifPresent(territory -> {
				List<Long> line = new java.util.ArrayList<>(TerritoryTree.pathIds(territory.path()));
				java.util.Collections.reverse(line);
				ancestry.put(id, List.copyOf(line));
			});
		}
		return ancestry;
	}

	public long count() {
		return jdbc.sql("SELECT count(*) FROM territory").query(Long.class).single();
	}

	/** The years for which population figures exist below the territory, latest first. */
	public List<Integer> populationYears(long territoryId) {
		return years.get(territoryId, id -> jdbc.sql("""
				SELECT DISTINCT p.year FROM population p JOIN territory t ON t.id = p.territory_id
				WHERE t.path LIKE (SELECT path FROM territory WHERE id = :id) || '%'
				ORDER BY p.year DESC""").param("id", id).query(Integer.class).list());
	}

	/** The latest legal population of a collectivity, if one was imported. */
	public Optional<LegalPopulation> legalPopulation(long territoryId) {
		return jdbc.sql("""
				SELECT year, inhabitants, source FROM legal_population WHERE territory_id = :t
				ORDER BY year DESC LIMIT 1""")
			.param("t", territoryId)
			.query((rs, n) -> new LegalPopulation(rs.getInt("year"), rs.getLong("inhabitants"), rs.getString("source")))
			.optional();
	}

	/** The population of a territory in a year: the sum of its communes' figures. */
	public Population population(long territoryId, int year) {
		return populations.get(new Year(territoryId, year), key -> summed(key.territoryId(), key.year()));
	}

	private Population summed(long territoryId, int year) {
		List<PopulationCell> cells = jdbc.sql("""
				SELECT p.sex, p.age_band, p.area, sum(p.count) AS count
				FROM population p JOIN territory t ON t.id = p.territory_id
				WHERE p.year = :year AND t.path LIKE (SELECT path FROM territory WHERE id = :id) || '%'
				GROUP BY p.sex, p.age_band, p.area""")
			.param("year", year)
			.param("id", territoryId)
			.query((rs, n) -> new PopulationCell(Sex.fromCode(rs.getString("sex")),
					AgeBand.fromCode(rs.getString("age_band")).orElseThrow(), Area.fromCode(rs.getString("area")),
					rs.getLong("count")))
			.list();
		Map<String, Object> meta = jdbc.sql("""
				SELECT count(DISTINCT p.territory_id) AS communes, bool_or(p.approximate) AS approximate,
				       string_agg(DISTINCT p.source, '; ') AS source
				FROM population p JOIN territory t ON t.id = p.territory_id
				WHERE p.year = :year AND t.path LIKE (SELECT path FROM territory WHERE id = :id) || '%'""")
			.param("year", year)
			.param("id", territoryId)
			.query()
			.singleRow();
		return new Population(territoryId, year, cells, Boolean.TRUE.equals(meta.get("approximate")),
				((Number) meta.get("communes")).longValue(), (String) meta.get("source"));
	}

	static Territory map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new Territory(rs.getLong("id"), rs.getString("code"), Level.fromCode(rs.getString("level")),
				rs.getString("kind"), parentId, rs.getString("path"), Map.of("ar", rs.getString("name_ar"), "fr",
						rs.getString("name_fr"), "en", rs.getString("name_en"), "zgh", rs.getString("name_zgh")),
				rs.getBoolean("arrondissements"));
	}

}
