package org.sawa.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sawa.council.Committee;
import org.sawa.council.ConsultativeBodies;
import org.sawa.council.Councils;
import org.sawa.council.MemoTexts;
import org.sawa.council.Memos;
import org.sawa.territory.Territory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Ten memos to programme communes ({@code demo/memos.tsv}): eight examined by the
 * council, one referred, one just filed; the fifth from the commune's equity body, the
 * others from associations. Each is written in Arabic or French and the council's staff
 * wrote it in the other.
 */
@Component
class DemoMemos {

	private final Councils councils;

	private final Memos memos;

	private final MemoTexts memoTexts;

	private final ConsultativeBodies bodies;

	DemoMemos(Councils councils, Memos memos, MemoTexts memoTexts, ConsultativeBodies bodies) {
		this.councils = councils;
		this.memos = memos;
		this.memoTexts = memoTexts;
		this.bodies = bodies;
	}

	void file(List<Territory> communes, List<Long> authors, long staff, long representative) {
		List<String[]> rows = rows();
		for (int m = 0; m < rows.size(); m++) {
			String[] row = rows.get(m);
			long council = councils.byCode(communes.get(m * 2).code()).orElseThrow().id();
			LocalDate filed = LocalDate.of(2025, 1 + m, 10);
			Memos.Author author = m == 4 ? Memos.Author.body(bodies.byKind(council, "equity_gender").orElseThrow().id())
					: Memos.Author.association(authors.get(m % authors.size()));
			String language = row[0].matches(".*[\\u0600-\\u06FF].*") ? "ar" : "fr";
			String reference = memos.submit(council, author, "memo", row[0], row[1], language, filed,
					m == 4 ? staff : representative);
			if (m < 9) {
				memos.receive(reference, filed.plusDays(5), "Enregistré au bureau d'ordre", staff);
				List<Committee> committees = councils.committees(council);
				memos.refer(reference, committees.get(m % committees.size()).id(), filed.plusDays(12), null, staff);
			}
			if (m < 8) {
				memos.examine(reference, row[2], row[3], row[4].isEmpty() ? null : row[4], filed.plusDays(40),
						"Examiné en session ordinaire", staff);
			}
			Map<String, String> other = new HashMap<>();
			other.put("title", row[5]);
			other.put("summary", row[6]);
			if (!row[7].isEmpty()) {
				other.put("changeText", row[7]);
			}
			memoTexts.write(memos.byReference(reference).orElseThrow(), "ar".equals(language) ? "fr" : "ar", other,
					staff);
		}
	}

	/** The memos' texts and outcomes, one per line after the header, tab-separated. */
	private static List<String[]> rows() {
		try {
			String tsv = new ClassPathResource("demo/memos.tsv").getContentAsString(StandardCharsets.UTF_8);
			return tsv.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
