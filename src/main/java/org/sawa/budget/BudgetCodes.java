package org.sawa.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The codes a budget line is classified by: functions (the COFOG divisions a collectivity
 * spends in) and economic natures (where revenue comes from, what spending buys), each
 * named in the four languages.
 */
@Service
public class BudgetCodes {

	/** A code of a kind (function or nature), for revenue or spending, named. */
	public record Code(String kind, String code, String direction, Map<String, String> names) {

		public String name(Locale locale) {
			String name = names.get(locale.getLanguage());
			return name == null || name.isBlank() ? names.get("fr") : name;
		}

	}

	private final JdbcClient jdbc;

	BudgetCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The codes of a kind, in their order. */
	public List<Code> of(String kind) {
		return jdbc.sql("""
				SELECT kind, code, direction, name_ar, name_fr, name_en, name_zgh FROM budget_code
				WHERE kind = :k ORDER BY position""").param("k", kind).query((rs, n) -> {
			Map<String, String> names = new LinkedHashMap<>();
			for (String l : List.of("ar", "fr", "en", "zgh")) {
				names.put(l, rs.getString("name_" + l));
			}
			return new Code(rs.getString("kind"), rs.getString("code"), rs.getString("direction"), names);
		}).list();
	}

	/** The codes of a kind by code. */
	public Map<String, Code> byCode(String kind) {
		Map<String, Code> codes = new LinkedHashMap<>();
		of(kind).forEach(c -> codes.put(c.code(), c));
		return codes;
	}

}
