package org.sawa.inforequest.internal;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.audit.AuditLog;
import org.sawa.db.ReferenceData;
import org.sawa.input.Emails;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.Csv;
import org.sawa.imports.ImportReport;
import org.sawa.imports.ImportTally;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports bodies from CSV
 * ({@code code,territory_code,parent_code,name_ar,name_fr,name_en,name_zgh,email,phone,address}):
 * a council's services under its body ({@code parent_code}), contact details. All or
 * nothing and idempotent: a row equal to what is stored changes nothing; a parent may
 * come earlier in the file.
 */
@Service
public class InfoBodyImporter {

	static final List<String> COLUMNS = List.of("code", "territory_code", "parent_code", "name_ar", "name_fr",
			"name_en", "name_zgh", "email", "phone", "address");

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Territories territories;

	private final AuditLog audit;

	private final ReferenceData reference;

	InfoBodyImporter(JdbcClient jdbc, TransactionTemplate tx, Territories territories, AuditLog audit,
			ReferenceData reference) {
		this.reference = reference;
		this.audit = audit;
		this.jdbc = jdbc;
		this.tx = tx;
		this.territories = territories;
	}

	public ImportReport importCsv(InputStream input, String actor) {
		return AllOrNothing.run(tx, () -> run(input, actor));
	}

	private ImportReport run(InputStream input, String actor) {
		// the bodies are read from the database inside this import, and dropped from
		// this node's copy when it ends
		reference.changing("info_body");
		Map<String, Long> known = new HashMap<>();
		jdbc.sql("SELECT id, code FROM info_body").query(rs -> {
			known.put(rs.getString("code"), rs.getLong("id"));
		});
		ImportTally tally = new ImportTally();
		Set<String> seen = new HashSet<>();
		Csv.read(input, COLUMNS, row -> {
			tally.rowRead();
			String code = row.get("code").toUpperCase(java.util.Locale.ROOT);
			if (!code.matches("^[A-Z0-9][A-Z0-9-]{1,39}$")) {
				tally.problem(row.line(), "code", "info.import.error.code", row.get("code"));
			}
			else if (!seen.add(code)) {
				tally.problem(row.line(), "code", "import.error.duplicateRow", code);
			}
			Territory territory = territories.byCode(row.get("territory_code")).orElse(null);
			if (territory == null) {
				tally.problem(row.line(), "territory_code", "import.error.unknownTerritory", row.get("territory_code"));
			}
			Long parent = null;
			if (!row.get("parent_code").isEmpty()) {
				parent = known.get(row.get("parent_code").toUpperCase(java.util.Locale.ROOT));
				if (parent == null || row.get("parent_code").equalsIgnoreCase(code)) {
					tally.problem(row.line(), "parent_code", "info.import.error.parent", row.get("parent_code"));
				}
			}
			for (String name : List.of("name_ar", "name_fr", "name_en", "name_zgh")) {
				if (row.get(name).length() < 2) {
					tally.problem(row.line(), name, "import.error.required");
				}
				else if (row.get(name).length() > 200) {
					tally.problem(row.line(), name, "import.error.tooLong", 200);
				}
			}
			String email = row.get("email");
			if (!email.isEmpty() && !Emails.looksValid(email)) {
				tally.problem(row.line(), "email", "validation.email");
			}
			if (tally.hasProblems()) {
				return; // keep validating, write nothing more
			}
			Long id = jdbc
				.sql("""
						INSERT INTO info_body AS b (code, territory_id, parent_id, name_ar, name_fr, name_en, name_zgh, email, phone,
						  address)
						VALUES (:code, :t, :parent, :ar, :fr, :en, :zgh, :email, :phone, :address)
						ON CONFLICT (code) DO UPDATE SET territory_id = EXCLUDED.territory_id, parent_id = EXCLUDED.parent_id,
						  name_ar = EXCLUDED.name_ar, name_fr = EXCLUDED.name_fr, name_en = EXCLUDED.name_en,
						  name_zgh = EXCLUDED.name_zgh, email = EXCLUDED.email, phone = EXCLUDED.phone, address = EXCLUDED.address
						WHERE (b.territory_id, b.parent_id, b.name_ar, b.name_fr, b.name_en, b.name_zgh, b.email, b.phone, b.address)
						  IS DISTINCT FROM (EXCLUDED.territory_id, EXCLUDED.parent_id, EXCLUDED.name_ar, EXCLUDED.name_fr,
						  EXCLUDED.name_en, EXCLUDED.name_zgh, EXCLUDED.email, EXCLUDED.phone, EXCLUDED.address)
						RETURNING id""")
				.param("code", code)
				.param("t", territory.id())
				.param("parent", parent)
				.param("ar", row.get("name_ar"))
				.param("fr", row.get("name_fr"))
				.param("en", row.get("name_en"))
				.param("zgh", row.get("name_zgh"))
				.param("email", email)
				.param("phone", row.get("phone"))
				.param("address", row.get("address"))
				.query(Long.class)
				.optional()
				.orElse(null);
			if (id == null) {
				tally.updatedOrUnchanged(false);
			}
			else if (known.containsKey(code)) {
				tally.updatedOrUnchanged(true);
			}
			else {
				known.put(code, id);
				tally.inserted();
			}
		});
		return tally.finishAudited(audit, actor, "info-bodies.imported", "info-bodies");
	}

}
