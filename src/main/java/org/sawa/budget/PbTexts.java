package org.sawa.budget;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.sawa.db.TextVersions;
import org.sawa.db.TextVersions.Field;
import org.sawa.input.Shown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participatory budget's title and summary in other languages than the one staff wrote
 * them in; staff of its territory write them, audited.
 */
@Service
public class PbTexts {

	/** A budget's title and summary as a reader sees them, each with its language. */
	public record Localized(String title, String summary, Shown shown) {
	}

	private final TextVersions versions;

	private final ParticipatoryBudgets processes;

	private final AuditLog audit;

	private final Clock clock;

	PbTexts(JdbcClient jdbc, ParticipatoryBudgets processes, AuditLog audit, Clock clock) {
		this.versions = new TextVersions(jdbc, "budget_text");
		this.processes = processes;
		this.audit = audit;
		this.clock = clock;
	}

	public static List<Field> fields(PbProcess p) {
		return List.of(Field.of("title", "pb", p.id(), "title", 150),
				Field.of("summary", "pb", p.id(), "summary", 3000));
	}

	/** The budget as a reader of {@code language} sees it. */
	public Localized in(PbProcess p, String language) {
		TextVersions.Read read = versions.read(List.of(new TextVersions.Subject("pb", p.id())));
		Shown shown = new Shown(language);
		return new Localized(shown.text("title", p.title(), p.language(), read.of("pb", p.id(), "title")),
				shown.text("summary", p.summary(), p.language(), read.of("pb", p.id(), "summary")), shown);
	}

	public Map<String, String> written(PbProcess p, String language) {
		return versions.written(fields(p), language);
	}

	/**
	 * The other of Arabic and French when the budget is not yet written in it, or null.
	 */
	public String missing(PbProcess p) {
		return versions.missing(fields(p), p.language());
	}

	@Transactional
	public void write(PbProcess p, String language, Map<String, String> texts, long actorId) {
		if (!processes.manages(actorId, p)) {
			throw new BudgetRefused("form", "budget.error.notYours");
		}
		versions.write(fields(p), p.language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "budget.pb.texts", "pb:" + p.code(), language);
	}

}
