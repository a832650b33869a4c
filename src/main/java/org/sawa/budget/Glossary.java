package org.sawa.budget;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget words explained in plain language, the same on every citizen budget, written by
 * national administrators in each language; a reader sees her language's word, else
 * another language's, marked as such.
 */
@Service
public class Glossary {

	private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_]{1,39}$");

	/** A word and its meaning in each language written (language to {word, meaning}). */
	public record Term(long id, String code, int position, Map<String, String[]> texts) {
	}

	/** A word as a reader sees it, with the language it is shown in. */
	public record Word(String code, String word, String meaning, String lang) {

		public String dir() {
			return "ar".equals(lang) ? "rtl" : "ltr";
		}

	}

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final Territories territories;

	private final AuditLog audit;

	private final Clock clock;

	Glossary(JdbcClient jdbc, Permissions permissions, Territories territories, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.territories = territories;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Term> terms() {
		Map<Long, Term> terms = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT t.id, t.code, t.position, x.language, x.word, x.meaning FROM budget_term t
				LEFT JOIN budget_term_text x ON x.term_id = t.id ORDER BY t.position, t.id""").query(rs -> {
			long id = rs.getLong("id");
			Term term = terms.get(id);
			if (term == null) {
				term = new Term(id, rs.getString("code"), rs.getInt("position"), new LinkedHashMap<>());
				terms.put(id, term);
			}
			if (rs.getString("language") != null) {
				term.texts()
					.put(rs.getString("language"), new String[] { rs.getString("word"), rs.getString("meaning") });
			}
		});
		return new ArrayList<>(terms.values());
	}

	/**
	 * The words as a reader of {@code language} sees them; {@code shown} learns their
	 * languages.
	 */
	public List<Word> in(String language, org.sawa.input.Shown shown) {
		List<Word> words = new ArrayList<>();
		for (Term t : terms()) {
			Map<String, String> byLanguage = new LinkedHashMap<>();
			t.texts().forEach((l, text) -> byLanguage.put(l, text[0]));
			String word = shown.text("term-" + t.code(), null, language, byLanguage);
			String lang = shown.lang("term-" + t.code());
			String[] text = t.texts().get(lang);
			if (text != null) {
				words.add(new Word(t.code(), word, text[1], lang));
			}
		}
		return words;
	}

	/**
	 * Whether the person may write the glossary: an administrator of the whole country.
	 */
	public boolean writable(long personId) {
		return territories.country().map(c -> permissions.has(personId, Role.ADMIN, c.id())).orElse(false);
	}

	/**
	 * Writes a term's words and meanings (adding the term if its code is new): Arabic and
	 * French required, English and Tamazight removed when left empty. All or nothing,
	 * audited.
	 */
	@Transactional
	public void save(String code, Integer position, Map<String, String[]> texts, long actorId) {
		if (!writable(actorId)) {
			throw new BudgetRefused("form", "budget.glossary.error.national");
		}
		Refusals refusals = new Refusals();
		String c = code == null ? "" : code.trim();
		if (!CODE.matcher(c).matches()) {
			refusals.add("code", "budget.glossary.error.code");
		}
		Map<String, String[]> cleaned = new LinkedHashMap<>();
		for (String l : BudgetSheet.LANGUAGES) {
			String[] text = texts.getOrDefault(l, new String[] { "", "" });
			String word = Texts.cleanOrEmpty(text[0]);
			String meaning = Texts.cleanOrEmpty(text[1]);
			boolean required = l.equals("ar") || l.equals("fr");
			if ((required || !meaning.isEmpty()) && (Texts.length(word) < 1 || Texts.length(word) > 80)) {
				refusals.add("word_" + l, "budget.glossary.error.word", 80);
			}
			if ((required || !word.isEmpty()) && (Texts.length(meaning) < 3 || Texts.length(meaning) > 1000)) {
				refusals.add("meaning_" + l, "budget.glossary.error.meaning", 1000);
			}
			cleaned.put(l, new String[] { word, meaning });
		}
		refusals.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO budget_term (code, position) VALUES (:c, :p)
				ON CONFLICT (code) DO UPDATE SET position = COALESCE(:given, budget_term.position) RETURNING id""")
			.param("c", c)
			.param("p", position == null ? 1000 : position)
			.param("given", position)
			.query(Long.class)
			.single();
		cleaned.forEach((l, text) -> {
			if (text[0].isEmpty()) {
				jdbc.sql("DELETE FROM budget_term_text WHERE term_id = :t AND language = :l")
					.param("t", id)
					.param("l", l)
					.update();
				return;
			}
			jdbc.sql("""
					INSERT INTO budget_term_text (term_id, language, word, meaning, updated_by, updated_at)
					VALUES (:t, :l, :w, :m, :by, :at)
					ON CONFLICT (term_id, language) DO UPDATE SET word = EXCLUDED.word, meaning = EXCLUDED.meaning,
					  updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
				.param("t", id)
				.param("l", l)
				.param("w", text[0])
				.param("m", text[1])
				.param("by", actorId)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		});
		audit.append("person:" + actorId, "budget.glossary", "budget-term:" + c, "");
	}

}
