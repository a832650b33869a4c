package org.sawa.imports;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** An import problem with its reason in the reader's language, ready to show. */
public record TranslatedProblem(long line, String column, String reason) {

	public static List<TranslatedProblem> of(ImportReport report, MessageSource messages, Locale locale) {
		return report.problems()
			.stream()
			.map(p -> new TranslatedProblem(p.line(), p.column(),
					messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
			.toList();
	}
}
