package org.sawa.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sawa.accessible.Speech;
import org.sawa.audit.AuditLog;
import org.sawa.db.TextVersions;
import org.sawa.input.Links;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.storage.FileRefused;
import org.sawa.storage.FileStorage;
import org.sawa.storage.FileTypes;
import org.sawa.storage.StoredFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accessible forms of a consultation's documents: a Darija summary (its audio reading
 * made by espeak-ng at once, unless a recording was uploaded), an easy-read version, a
 * sign-language video (a file or a link) with its transcript, an audio recording; staff
 * of the territory write them (all fields of a form checked at once, audited). Residents
 * ask for a form that is missing, once each; staff see how many asked.
 */
@Service
public class Alternatives {

	/** What staff send for one form: its text, language, link, file, as typed. */
	public record Sent(String text, String language, String link, String fileName, byte[] file) {

		boolean hasFile() {
			return file != null && file.length > 0;
		}

	}

	private static final Set<String> VIDEO = Set.of(FileTypes.WEBM, FileTypes.MP4);

	private static final Set<String> AUDIO = Set.of(FileTypes.WAV, FileTypes.OGG, FileTypes.MP3);

	private final JdbcClient jdbc;

	private final Processes processes;

	private final FileStorage files;

	private final Speech speech;

	private final AuditLog audit;

	private final Clock clock;

	private final long maxVideoBytes;

	Alternatives(JdbcClient jdbc, Processes processes, FileStorage files, Speech speech, AuditLog audit, Clock clock,
			@Value("${sawa.consultation.max-video-bytes:104857600}") long maxVideoBytes) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.files = files;
		this.speech = speech;
		this.audit = audit;
		this.clock = clock;
		this.maxVideoBytes = maxVideoBytes;
	}

	/** The forms a document carries, by kind, in the page's order. */
	public Map<String, Document.Alternative> of(long documentId) {
		Map<String, Document.Alternative> found = new LinkedHashMap<>();
		jdbc.sql(
				"SELECT a.*, f.content_type FROM consultation_alternative a LEFT JOIN stored_file f ON f.id = a.file_id"
						+ " WHERE a.document_id = :d")
			.param("d", documentId)
			.query((rs, n) -> new Document.Alternative(rs.getString("kind"), rs.getString("text"),
					rs.getString("language"), rs.getObject("file_id", Long.class), rs.getString("content_type"),
					rs.getString("link"), rs.getBoolean("generated")))
			.list()
			.forEach(a -> found.put(a.kind(), a));
		Map<String, Document.Alternative> ordered = new LinkedHashMap<>();
		Document.FORMS.stream().filter(found::containsKey).forEach(k -> ordered.put(k, found.get(k)));
		return ordered;
	}

	/**
	 * Writes one form of a document ({@code darija}, {@code easy_read},
	 * {@code sign_language} or {@code audio}), replacing the one there; refused as a
	 * whole with a reason at each field ({@code text}, {@code language}, {@code link},
	 * {@code file}).
	 */
	@Transactional
	public void write(Process process, Document document, String kind, Sent sent, long actorId) {
		processes.requireStaff(process, actorId, "form");
		Refusals refusals = new Refusals();
		String text = Proposals.clean(sent.text());
		String language = switch (kind) {
			case "darija" -> "ary";
			case "audio" -> "ary";
			default -> sent.language() == null ? "" : sent.language();
		};
		if (!"audio".equals(kind) && (Texts.length(text) < 20 || Texts.length(text) > 20000)) {
			refusals.add("text", "consultation.error.alternativeText", 20, 20000);
		}
		if ("darija".equals(kind) && !text.isEmpty() && text.codePoints().noneMatch(Alternatives::arabicLetter)) {
			refusals.add("text", "consultation.error.arabicScript");
		}
		if (!"ary".equals(language) && !TextVersions.LANGUAGES.contains(language)) {
			refusals.add("language", "validation.option");
		}
		String link = Proposals.clean(sent.link());
		if (!link.isEmpty() && !Links.isExternal(link)) {
			refusals.add("link", "consultation.error.link");
		}
		if ("sign_language".equals(kind) && link.isEmpty() && !sent.hasFile()) {
			refusals.add("file", "consultation.error.videoOrLink");
		}
		if ("audio".equals(kind) && !sent.hasFile()) {
			refusals.add("file", "consultation.error.audioFile");
		}
		Long fileId = null;
		if (refusals.isEmpty() && sent.hasFile() && List.of("sign_language", "audio").contains(kind)) {
			try {
				boolean video = "sign_language".equals(kind);
				fileId = files.store(sent.fileName(), sent.file(), video ? VIDEO : AUDIO, maxVideoBytes).id();
			}
			catch (FileRefused ex) {
				refusals.add("file", ex.messageKey());
			}
		}
		refusals.throwIfAny();
		put(document.id(), kind, "audio".equals(kind) ? darijaText(document.id()) : text, language, fileId,
				link.isEmpty() ? null : link, false, actorId);
		if ("darija".equals(kind)) {
			readAloud(document.id(), text, actorId);
		}
		audit.append("person:" + actorId, "consultation.alternative",
				"consultation:" + process.code() + "/document:" + document.number(), kind);
	}

	/**
	 * The Darija summary read aloud by espeak-ng, unless a person's recording is there: a
	 * machine's reading follows the summary it reads.
	 */
	private void readAloud(long documentId, String darija, long actorId) {
		Document.Alternative audio = of(documentId).get("audio");
		if ((audio != null && !audio.generated()) || !speech.available()) {
			return;
		}
		byte[] wav = speech.wav("ar", darija).orElseThrow();
		StoredFile file = files.store("darija-summary.wav", wav, Set.of(FileTypes.WAV), Long.MAX_VALUE);
		put(documentId, "audio", darija, "ary", file.id(), null, true, actorId);
	}

	private void put(long documentId, String kind, String text, String language, Long fileId, String link,
			boolean generated, long actorId) {
		jdbc.sql("""
				INSERT INTO consultation_alternative (document_id, kind, text, language, file_id, link, generated,
				  updated_by, updated_at)
				VALUES (:d, :k, :t, :l, :f, :link, :g, :by, :at)
				ON CONFLICT (document_id, kind) DO UPDATE SET text = EXCLUDED.text, language = EXCLUDED.language,
				  file_id = EXCLUDED.file_id, link = EXCLUDED.link, generated = EXCLUDED.generated,
				  updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
			.param("d", documentId)
			.param("k", kind)
			.param("t", text)
			.param("l", language)
			.param("f", fileId)
			.param("link", link)
			.param("g", generated)
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	private String darijaText(long documentId) {
		Document.Alternative darija = of(documentId).get("darija");
		return darija == null ? "" : darija.text();
	}

	/**
	 * A resident asks for a form the document does not have yet; once per person and form
	 * (refused at {@code ask}).
	 */
	@Transactional
	public void ask(Document document, String kind, boolean available, long personId) {
		if (!Document.FORMS.contains(kind) || available) {
			throw new ConsultationRefused("ask", "consultation.error.formThere");
		}
		int added = jdbc.sql("""
				INSERT INTO consultation_alternative_request (document_id, kind, person_id, created_at)
				VALUES (:d, :k, :p, :at) ON CONFLICT DO NOTHING""")
			.param("d", document.id())
			.param("k", kind)
			.param("p", personId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			throw new ConsultationRefused("ask", "consultation.error.asked");
		}
	}

	/** How many residents asked for each missing form, over the process's documents. */
	public Map<String, Long> requests(long processId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT r.kind, count(*) AS n FROM consultation_alternative_request r
				JOIN consultation_document d ON d.id = r.document_id WHERE d.process_id = :p GROUP BY r.kind""")
			.param("p", processId)
			.query((rs, n) -> Map.entry(rs.getString("kind"), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** The video or audio file of a form, with its type. */
	public Optional<Map.Entry<StoredFile, byte[]>> file(long documentId, String kind) {
		Document.Alternative form = of(documentId).get(kind);
		if (form == null || form.fileId() == null) {
			return Optional.empty();
		}
		return files.describe(form.fileId()).flatMap(d -> files.content(d.id()).map(c -> Map.entry(d, c)));
	}

	private static boolean arabicLetter(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c);
	}

}
