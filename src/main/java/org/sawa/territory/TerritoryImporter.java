package org.sawa.territory;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.audit.AuditLog;
import org.sawa.db.ReferenceData;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.Csv;
import org.sawa.imports.ImportReport;
import org.sawa.imports.ImportTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports territories from CSV
 * ({@code code,level,kind,parent_code,name_ar,name_fr,name_en,name_zgh}, and optionally
 * {@code arrondissements}: yes for a commune with arrondissements, no or empty otherwise;
 * a file without the column leaves the flag as it is). All or nothing, idempotent: a row
 * equal to what is stored changes nothing. A parent may be defined earlier in the same
 * file.
 */
@Service
public class TerritoryImporter {

	static final List<String> COLUMNS = List.of("code", "level", "kind", "parent_code", "name_ar", "name_fr", "name_en",
			"name_zgh");

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final AuditLog audit;

	private final ReferenceData reference;

	TerritoryImporter(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, ReferenceData reference) {
		this.reference = reference;
		this.audit = audit;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	private record Known(long id, String level, String path, Long parentId) {
	}

	public ImportReport importCsv(InputStream input, String actor) {
		return AllOrNothing.run(tx, () -> run(input, actor));
	}

	private ImportReport run(InputStream input, String actor) {
		// read from the database inside this import, dropped when it ends
		reference.changing("territory");
		Map<String, Known> known = new HashMap<>();
		jdbc.sql("SELECT id, code, level, path, parent_id FROM territory").query(rs -> {
			long parent = rs.getLong("parent_id");
			known.put(rs.getString("code"), new Known(rs.getLong("id"), rs.getString("level"), rs.getString("path"),
					rs.wasNull() ? null : parent));
		});
		ImportTally tally = new ImportTally();
		Set<String> seen = new HashSet<>();
		Csv.read(input, COLUMNS, row -> {
			tally.rowRead();
			String code = row.get("code");
			Level level = null;
			if (code.isEmpty() || code.length() > 40) {
				tally.problem(row.line(), "code", "import.error.required");
			}
			else if (!seen.add(code)) {
				tally.problem(row.line(), "code", "import.error.duplicateRow", code);
			}
			try {
				level = Level.fromCode(row.get("level"));
			}
			catch (IllegalArgumentException ex) {
				tally.problem(row.line(), "level", "territory.import.error.level", row.get("level"));
			}
			String kind = row.get("kind").isEmpty() ? null : row.get("kind").toLowerCase(java.util.Locale.ROOT);
			if (level != null && !kindFits(level, kind)) {
				tally.problem(row.line(), "kind", "territory.import.error.kind", String.valueOf(kind));
			}
			Boolean arrondissements = arrondissements(row, level, tally);
			String parentCode = row.get("parent_code");
			Known parent = null;
			if (level == Level.COUNTRY) {
				if (!parentCode.isEmpty()) {
					tally.problem(row.line(), "parent_code", "territory.import.error.countryParent");
				}
			}
			else if (level != null) {
				parent = known.get(parentCode);
				if (parent == null) {
					tally.problem(row.line(), "parent_code", "territory.import.error.unknownParent", parentCode);
				}
				else if (Level.fromCode(parent.level()).ordinal() != level.ordinal() - 1) {
					tally.problem(row.line(), "parent_code", "territory.import.error.parentLevel", parentCode);
				}
			}
			for (String name : List.of("name_ar", "name_fr", "name_en", "name_zgh")) {
				if (row.get(name).isEmpty()) {
					tally.problem(row.line(), name, "import.error.required");
				}
				else if (row.get(name).length() > 200) {
					tally.problem(row.line(), name, "import.error.tooLong", 200);
				}
			}
			Known existing = known.get(code);
			if (existing != null && parent != null && !java.util.Objects.equals(parent.id(), existing.parentId())) {
				tally.problem(row.line(), "parent_code", "territory.import.error.move", code);
			}
			if (tally.hasProblems()) {
				return; // once a problem is found, keep validating but write nothing more
			}
			Long parentId = parent == null ? null : parent.id();
			if (existing == null) {
				long id = jdbc.sql("""
						INSERT INTO territory (code, level, kind, parent_id, path, name_ar, name_fr, name_en, name_zgh,
						                       arrondissements)
						VALUES (:code, :level, :kind, :parent, '', :ar, :fr, :en, :zgh, coalesce(:arr, FALSE))
						RETURNING id""")
					.param("arr", arrondissements)
					.param("code", code)
					.param("level", level.code())
					.param("kind", kind)
					.param("parent", parentId)
					.param("ar", row.get("name_ar"))
					.param("fr", row.get("name_fr"))
					.param("en", row.get("name_en"))
					.param("zgh", row.get("name_zgh"))
					.query(Long.class)
					.single();
				String path = (parent == null ? "/" : parent.path()) + id + "/";
				jdbc.sql("UPDATE territory SET path = :path WHERE id = :id")
					.param("path", path)
					.param("id", id)
					.update();
				known.put(code, new Known(id, level.code(), path, parentId));
				tally.inserted();
			}
			else {
				int changed = jdbc.sql("""
						UPDATE territory SET kind = :kind, name_ar = :ar, name_fr = :fr, name_en = :en, name_zgh = :zgh,
						  arrondissements = coalesce(:arr, arrondissements)
						WHERE code = :code AND (kind IS DISTINCT FROM :kind OR name_ar <> :ar OR name_fr <> :fr
						                        OR name_en <> :en OR name_zgh <> :zgh
						                        OR arrondissements <> coalesce(:arr, arrondissements))""")
					.param("arr", arrondissements)
					.param("code", code)
					.param("kind", kind)
					.param("ar", row.get("name_ar"))
					.param("fr", row.get("name_fr"))
					.param("en", row.get("name_en"))
					.param("zgh", row.get("name_zgh"))
					.update();
				tally.updatedOrUnchanged(changed > 0);
			}
		});
		return tally.finishAudited(audit, actor, "territories.imported", "territories");
	}

	/**
	 * The optional arrondissements column: yes or no (also true/false, 1/0), empty or
	 * absent for "leave as it is"; only a commune has arrondissements.
	 */
	private static Boolean arrondissements(Csv.Row row, Level level, ImportTally tally) {
		String value = row.has("arrondissements") ? row.get("arrondissements").toLowerCase(java.util.Locale.ROOT) : "";
		Boolean flag = switch (value) {
			case "" -> null;
			case "yes", "true", "1", "oui", "نعم" -> true;
			case "no", "false", "0", "non", "لا" -> false;
			default -> {
				tally.problem(row.line(), "arrondissements", "territory.import.error.arrondissements", value);
				yield null;
			}
		};
		if (Boolean.TRUE.equals(flag) && level != null && level != Level.COMMUNE) {
			tally.problem(row.line(), "arrondissements", "territory.import.error.arrondissementsLevel");
		}
		return flag;
	}

	private static boolean kindFits(Level level, String kind) {
		return switch (level) {
			case COUNTRY, REGION -> kind == null;
			case PROVINCE -> "province".equals(kind) || "prefecture".equals(kind);
			case COMMUNE -> "urban".equals(kind) || "rural".equals(kind);
		};
	}

}
