package org.sawa.petition;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.calendar.WorkingDays;
import org.sawa.casework.CaseSteps;
import org.sawa.casework.Step;
import org.sawa.input.Texts;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's steps on a petition, recorded by its staff with their day in law and
 * their document: the deposit (the deadline for the bureau's decision runs from it), the
 * decision on admissibility, the deliberation and the answer; and the public timeline
 * they make.
 */
@Service
public class PetitionSteps {

	/** A document of a step, as uploaded. */
	public record Document(String fileName, byte[] content) {

		/** Whether it is a PDF of at most 10 MB. */
		boolean acceptable() {
			return content != null && content.length > 5 && content.length <= 10 * 1024 * 1024
					&& new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
		}
	}

	private final JdbcClient jdbc;

	private final Petitions petitions;

	private final Signatures signatures;

	private final Territories territories;

	private final PetitionRules rules;

	private final WorkingDays workingDays;

	private final CaseSteps steps;

	private final Clock clock;

	PetitionSteps(JdbcClient jdbc, Petitions petitions, Signatures signatures, Territories territories,
			PetitionRules rules, WorkingDays workingDays, CaseSteps steps, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.petitions = petitions;
		this.signatures = signatures;
		this.territories = territories;
		this.rules = rules;
		this.workingDays = workingDays;
		this.steps = steps;
	}

	/**
	 * Staff of the council record the deposit of a petition that reached its threshold
	 * (and, for a region, the minimum in every province): the petition is closed to
	 * signatures and the deadline for the bureau's decision runs from the day of receipt
	 * (the rules' months, moved to the next working day). Returns the receipt number.
	 */
	@Transactional
	public String deposit(long petitionId, long staffId, LocalDate receivedOn) {
		Petition petition = petitions.lock(petitionId);
		Step<PetitionStatus> step = Step.of(petitionId, petition.status(), PetitionStatus.DEPOSITED)
			.from(PetitionStatus.COLLECTING)
			.by(staffId, petitions.staff(staffId, petition.territoryId()), "petition.error.notStaff")
			.onUnchecked(receivedOn);
		steps.check(PetitionStatus.CASE, step);
		if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))
				|| receivedOn.isBefore(petition.openedAt().atZone(WorkingDays.MOROCCO).toLocalDate())) {
			throw new PetitionRefused("receivedOn", "petition.deposit.error.date");
		}
		Signatures.Progress progress = signatures.progress(petition);
		if (!progress.thresholdReached()) {
			throw new PetitionRefused("", "petition.deposit.error.threshold");
		}
		if ("region".equals(petition.level()) && !progress
			.spreadReached(territories.children(petition.territoryId()).stream().map(Territory::id).toList())) {
			throw new PetitionRefused("", "petition.deposit.error.spread");
		}
		int months = rules.of(territories.byId(petition.territoryId()).orElseThrow()).refusalMonths();
		LocalDate due = workingDays.calendar().onOrAfter(receivedOn.plusMonths(months));
		String receipt = petition.reference() + "/R-" + receivedOn;
		steps.record(PetitionStatus.CASE,
				step.note(receipt)
					.set("deposited_at", Timestamp.from(receivedOn.atStartOfDay(WorkingDays.MOROCCO).toInstant()))
					.set("decision_due", due)
					.detail(receipt + " — " + due)
					.audited("petition.deposited", "petition:" + petition.reference(),
							progress.signatures() + " signatures; decision due " + due));
		return receipt;
	}

	/**
	 * The bureau's decision on a deposited petition, recorded by staff with its date and
	 * the decision document: admissible (referred to a standing committee, to be put on
	 * the agenda of the next ordinary session) or inadmissible with its reasons.
	 */
	@Transactional
	public void decide(long petitionId, long staffId, boolean admissible, LocalDate on, String text,
			Document document) {
		Checked step = staffStep(petitionId, staffId, PetitionStatus.DEPOSITED,
				admissible ? PetitionStatus.ADMISSIBLE : PetitionStatus.INADMISSIBLE, on, document);
		String note = text == null ? "" : text.trim();
		if (admissible ? Texts.length(note) < 3 || Texts.length(note) > 300
				: Texts.length(note) < 20 || Texts.length(note) > 5000) {
			throw new PetitionRefused("text",
					admissible ? "petition.decide.error.committee" : "petition.decide.error.reason");
		}
		record(step, note, document);
	}

	/**
	 * The council deliberated on an admissible petition at a session; recorded with the
	 * deliberation.
	 */
	@Transactional
	public void deliberate(long petitionId, long staffId, LocalDate on, String summary, Document document) {
		Checked step = staffStep(petitionId, staffId, PetitionStatus.ADMISSIBLE, PetitionStatus.DELIBERATED, on,
				document);
		record(step, required(summary), document);
	}

	/** The council's answer, published to everyone and mailed to the agent. */
	@Transactional
	public void answer(long petitionId, long staffId, LocalDate on, String answer, Document document) {
		Checked step = staffStep(petitionId, staffId, PetitionStatus.DELIBERATED, PetitionStatus.ANSWERED, on,
				document);
		record(step, required(answer), document);
	}

	private static String required(String text) {
		String note = text == null ? "" : text.trim();
		if (Texts.length(note) < 20 || Texts.length(note) > 20000) {
			throw new PetitionRefused("text", "petition.step.error.text");
		}
		return note;
	}

	/**
	 * A staff step from one status to another, checked (staff, status, day) with its
	 * document.
	 */
	private Checked staffStep(long petitionId, long staffId, PetitionStatus from, PetitionStatus to, LocalDate on,
			Document document) {
		Petition petition = petitions.lock(petitionId);
		Step<PetitionStatus> step = Step.of(petitionId, petition.status(), to)
			.from(from)
			.by(staffId, petitions.staff(staffId, petition.territoryId()), "petition.error.notStaff")
			.on(on);
		steps.check(PetitionStatus.CASE, step);
		if (document == null || !document.acceptable()) {
			throw new PetitionRefused("document", "petition.step.error.document");
		}
		return new Checked(petition, step);
	}

	/** A staff step that passed its checks, with its petition. */
	private record Checked(Petition petition, Step<PetitionStatus> step) {
	}

	/**
	 * Records the step with its note (the audit keeps its first 200 characters) and its
	 * document.
	 */
	private void record(Checked checked, String note, Document document) {
		Step<PetitionStatus> step = checked.step();
		long stepId = steps.record(PetitionStatus.CASE,
				step.note(note)
					.audited("petition." + step.to().code(), "petition:" + checked.petition().reference(),
							step.onDay() + " " + (note.length() > 200 ? note.substring(0, 200) + "..." : note)));
		jdbc.sql("""
				INSERT INTO petition_document (petition_id, step_id, file_name, content_type, content, uploaded_at)
				VALUES (:p, :s, :name, 'application/pdf', :content, :stampedAt)""")
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("p", step.caseId())
			.param("s", stepId)
			.param("name", safeName(document.fileName()))
			.param("content", document.content())
			.update();
	}

	private static String safeName(String name) {
		String base = name == null ? "" : name.replaceAll("[\\/]", "_").trim();
		if (base.isEmpty()) {
			base = "document.pdf";
		}
		return base.length() > 120 ? base.substring(base.length() - 120) : base;
	}

	/** The public timeline of a petition, oldest first. */
	public List<PetitionStep> timeline(long petitionId) {
		Map<Long, List<PetitionStep.DocumentLink>> documents = new LinkedHashMap<>();
		jdbc.sql("SELECT id, step_id, file_name FROM petition_document WHERE petition_id = :p ORDER BY id")
			.param("p", petitionId)
			.query(rs -> {
				documents.computeIfAbsent(rs.getLong("step_id"), k -> new ArrayList<>())
					.add(new PetitionStep.DocumentLink(rs.getLong("id"), rs.getString("file_name")));
			});
		return jdbc.sql("SELECT * FROM petition_step WHERE petition_id = :p ORDER BY on_day, at, id")
			.param("p", petitionId)
			.query((rs, n) -> new PetitionStep(PetitionStatus.of(rs.getString("status")),
					rs.getTimestamp("at").toInstant(), rs.getObject("on_day", LocalDate.class), rs.getString("note"),
					documents.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** A published document of a petition: its name and content, or empty. */
	public Optional<Document> document(long petitionId, long documentId) {
		return jdbc.sql("SELECT file_name, content FROM petition_document WHERE id = :d AND petition_id = :p")
			.param("d", documentId)
			.param("p", petitionId)
			.query((rs, n) -> new Document(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

}
