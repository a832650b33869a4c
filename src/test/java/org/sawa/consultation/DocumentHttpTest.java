package org.sawa.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident reads the plan's diagnosis as a Darija summary, listens to it, watches it in
 * sign language with its transcript and downloads it for a Braille embosser; staff give a
 * document its accessible forms, each checked at its field; a resident asks for a form
 * that is missing, once, and staff see how many asked.
 */
@SawaTest
class DocumentHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Processes processes;

	@Test
	void the_diagnosis_reads_in_darija_plays_in_sign_language_and_audio_and_prints_in_braille() throws Exception {
		String base = "/consultations/PDR-BMK-2022/documents/1";
		String page = new Browser(port).acceptLanguage("ar").get(base).body();
		assertThat(page).contains("<h1 lang=\"ar\" dir=\"rtl\">التشخيص الترابي للجهة</h1>", "ملخص بالدارجة",
				"lang=\"ary\" dir=\"rtl\"", "الجهة ديالنا فيها خمسة د الأقاليم", "<video",
				base + "/files/sign_language", "النص المكتوب", "<audio", "صوت اصطناعي يقرأ الملخص بالدارجة",
				base + "/braille-ar.brf", base + "/braille-fr.brf", "Notre Région a 5 provinces.");
		assertThat(new Browser(port).acceptLanguage("fr").get("/consultations/PDR-BMK-2022").body())
			.contains("Diagnostic territorial de la Région", "Aussi : Résumé en darija · Version facile à lire");

		HttpResponse<byte[]> arabic = bytes(base + "/braille-ar.brf", null);
		assertThat(arabic.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
				"PDR-BMK-2022-1-ar.brf");
		String brf = new String(arabic.body(), StandardCharsets.US_ASCII);
		assertThat(brf.chars()).allMatch(c -> c == '\r' || c == '\n' || c == '\f' || (c >= 0x20 && c <= 0x5f));
		assertThat(brf.split("\r\n|\f")).allMatch(line -> line.length() <= 40);
		assertThat(new String(bytes(base + "/braille-fr.brf", null).body(), StandardCharsets.US_ASCII))
			.startsWith(".DIAGNOSTIC TERRITORIAL DE LA .R=GION\r\n");
		assertThat(bytes(base + "/braille-en.brf", null).statusCode()).isEqualTo(404);

		HttpResponse<byte[]> audio = bytes(base + "/files/audio", null);
		assertThat(audio.headers().firstValue("Content-Type").orElseThrow()).startsWith("audio/wav");
		assertThat(new String(audio.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
		// a phone seeks in the recording by asking for a range of bytes
		HttpResponse<byte[]> part = bytes(base + "/files/audio", "bytes=0-99");
		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.body()).hasSize(100);
		assertThat(bytes(base + "/files/sign_language", null).headers().firstValue("Content-Type").orElseThrow())
			.isEqualTo("video/webm");
	}

	@Test
	void staff_give_a_document_its_forms_each_checked_and_residents_ask_for_what_is_missing() {
		Process process = OpenProcesses.open(processes, people, "staff", "MA-05");
		String code = process.code();
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		String add = "/consultations/" + code + "/documents/new";
		assertThat(staff.submit(add, add, Map.of("title", "", "body", "court", "language", "fr")).body())
			.contains("id=\"title-error\"", "id=\"body-error\"");
		assertThat(staff.submit(add, add,
				Map.of("title", "Avant-projet du plan", "body",
						"Le plan propose trois priorités : l’eau, l’emploi des jeunes et les routes rurales.",
						"language", "fr"))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/consultations/" + code + "/documents/1?added");
		String base = "/consultations/" + code + "/documents/1";
		String forms = base + "/alternatives";
		assertThat(
				staff.submit(forms, forms + "/darija", Map.of("text", "Hada tlakhis b l7rouf latiniya machi 3arabiya"))
					.body())
			.contains("id=\"darija-text-error\"", "Écrivez la darija en caractères arabes.");
		assertThat(staff
			.upload(forms, forms + "/sign_language",
					Map.of("text", "Transcription de la vidéo du plan.", "language", "fr"), "file", "video.mp4",
					"%PDF-1.7 not a video".getBytes(StandardCharsets.US_ASCII))
			.body()).contains("id=\"sign_language-file-error\"");
		assertThat(staff
			.submit(forms, forms + "/sign_language",
					Map.of("text", "court", "language", "fr", "link", "http://example.org/video"))
			.body()).contains("id=\"sign_language-text-error\"", "id=\"sign_language-link-error\"");
		assertThat(staff
			.submit(forms, forms + "/darija",
					Map.of("text", "البلان فيه تلاتة د الحوايج: الما، الخدمة د الشباب، والطرقان."))
			.statusCode()).isEqualTo(302);
		String page = new Browser(port).acceptLanguage("fr").get(base).body();
		assertThat(page).contains("البلان فيه تلاتة د الحوايج", "<audio", base + "/braille-fr.brf")
			.doesNotContain(base + "/braille-ar.brf");

		// a resident asks for the easy-read version, once; staff see it counted
		Browser resident = new Browser(port).acceptLanguage("fr");
		String email = people.address("asker");
		people.person(email);
		resident.signIn(email, People.PASSWORD);
		assertThat(resident.submit(base, base + "/ask", Map.of("kind", "easy_read")).statusCode()).isEqualTo(302);
		assertThat(resident.submit(base, base + "/ask", Map.of("kind", "easy_read")).body())
			.contains("Vous l’avez déjà demandée.");
		assertThat(resident.submit(base, base + "/ask", Map.of("kind", "darija")).body())
			.contains("Cette forme existe déjà.");
		assertThat(staff.get(base).body()).contains("Demandée par 1 personne(s)");
		assertThat(staff.get("/consultations/" + code).body())
			.contains("Demandés par des habitants : Version facile à lire 1");
		Browser other = new Browser(port).acceptLanguage("fr");
		other.signIn("staff.laayoune@sawa.demo", People.PASSWORD);
		assertThat(other.get(forms).statusCode()).isEqualTo(403);
	}

	private HttpResponse<byte[]> bytes(String path, String range) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (range != null) {
			request.header("Range", range);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
