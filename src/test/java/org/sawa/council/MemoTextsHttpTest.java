package org.sawa.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A memo is written in one language; its association or the council's staff write it in
 * the others, and each reader sees hers, told when a text is not in it.
 */
@SawaTest
class MemoTextsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Test
	void the_demo_memos_read_in_arabic_and_french_and_other_readers_are_told() {
		String arabic = new Browser(port).acceptLanguage("ar").get("/councils/memos/MEMO-2025-0001").body();
		assertThat(arabic)
			.contains("<h1 lang=\"ar\" dir=\"rtl\">إدماج مقاربة النوع في برنامج عمل الجماعة</h1>",
					"يبين برنامج العمل 2022-2027 المراجَع المستفيدين حسب الجنس والسن.")
			.doesNotContain("role=\"note\"");
		String french = new Browser(port).acceptLanguage("fr").get("/councils/memos/MEMO-2025-0002").body();
		assertThat(french).contains(
				"<h1 lang=\"fr\" dir=\"ltr\">Note sur le transport scolaire des filles en milieu rural</h1>",
				"Un nouveau crédit pour le transport scolaire au budget 2026.");
		String english = new Browser(port).acceptLanguage("en").get("/councils/memos/MEMO-2025-0002").body();
		assertThat(english).contains(
				"<h1 lang=\"ar\" dir=\"rtl\">مذكرة حول النقل المدرسي لفائدة الفتيات بالعالم القروي</h1>",
				"role=\"note\"", "Part of this page is not yet written in English");
		// the councils' table of memos: titles in the reader's language
		assertThat(new Browser(port).acceptLanguage("fr").get("/councils").body())
			.contains("<td lang=\"fr\" dir=\"ltr\">Note sur le transport scolaire des filles en milieu rural</td>");
	}

	@Test
	void the_association_that_wrote_a_memo_writes_it_in_arabic_and_others_may_not() {
		Browser association = new Browser(port).acceptLanguage("fr");
		association.signIn("association@sawa.demo", People.PASSWORD);
		long aideca = accounts.organisations("association")
			.stream()
			.filter(o -> o.name().equals("AIDECA"))
			.findFirst()
			.orElseThrow()
			.id();
		String code = jdbc.sql("SELECT code FROM council WHERE level = 'commune' ORDER BY id LIMIT 1")
			.query(String.class)
			.single();
		String form = "/councils/" + code + "/memos/new";
		// every mistake at once, each at its field, with a summary linking to them
		HttpResponse<String> wrong = association.submit(form, form,
				Map.of("author", String.valueOf(aideca), "language", "xx", "title", "Ea", "summary", "Court"));
		assertThat(wrong.body()).contains("id=\"title-error\"", "id=\"summary-error\"", "id=\"language-error\"",
				"href=\"#title-error\"", "href=\"#summary-error\"", "Réponses à corriger : 3");
		HttpResponse<String> filed = association.submit(form, form,
				Map.of("author", String.valueOf(aideca), "language", "fr", "title",
						"Des toilettes au souk hebdomadaire", "summary",
						"Les femmes qui vendent au souk n’ont aucune toilette ; nous en demandons."));
		String location = filed.headers().firstValue("Location").orElseThrow().replace("?filed", "");
		String page = location.substring(location.indexOf("/councils/"));
		String texts = page + "/texts?language=ar";
		assertThat(association.get(page).body()).contains(texts.replace("&", "&amp;"),
				"Rédigé en Français seulement : rédigez-le aussi en العربية");
		HttpResponse<String> refused = association.submit(texts, texts,
				Map.of("title", "مرافق صحية بالسوق الأسبوعي", "summary", "لا"));
		assertThat(refused.body()).contains("id=\"summary-error\"", "href=\"#summary-error\"");
		association.submit(texts, texts, Map.of("title", "مرافق صحية بالسوق الأسبوعي", "summary",
				"لا تتوفر النساء اللواتي يبعن في السوق على أي مرفق صحي؛ نطالب بإحداثه."));
		String arabic = new Browser(port).acceptLanguage("ar").get(page).body();
		assertThat(arabic).contains("<h1 lang=\"ar\" dir=\"rtl\">مرافق صحية بالسوق الأسبوعي</h1>")
			.doesNotContain("role=\"note\"");
		assertThat(association.get(page).body()).doesNotContain("Rédigé en Français seulement");
		assertThat(association.get(page + "/texts?language=fr").statusCode()).as("its own language").isEqualTo(404);
		Browser neighbour = new Browser(port);
		people.person("memo.neighbour@example.ma");
		neighbour.signIn("memo.neighbour@example.ma", People.PASSWORD);
		assertThat(neighbour.get(texts).statusCode()).isEqualTo(403);
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.get(page + "/texts?language=en").body()).contains("Original (Français) :",
				"Des toilettes au souk hebdomadaire");
	}

}
