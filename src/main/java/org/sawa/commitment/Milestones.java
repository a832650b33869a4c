package org.sawa.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sawa.account.Accounts;
import org.sawa.audit.AuditLog;
import org.sawa.casework.CaseStatus;
import org.sawa.casework.CaseSteps;
import org.sawa.casework.Step;
import org.sawa.follow.Changes;
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
 * The progress of milestones: a milestone's status moves only by a dated update with its
 * note and evidence (links and uploaded documents, public as the note is), recorded by
 * {@link CaseSteps}; and the person answerable for a milestone, reminded before its end
 * date.
 */
@Service
@Transactional
public class Milestones {

	/** A document uploaded as evidence; its type is read from its content. */
	public record Document(String fileName, byte[] content) {
	}

	/** Types a document given as evidence may have. */
	static final Set<String> DOCUMENT_TYPES = Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG, FileTypes.TEXT,
			FileTypes.ODT, FileTypes.ODS, FileTypes.DOCX, FileTypes.XLSX);

	/** A piece of evidence: what it is and where it is. */
	public record Evidence(String label, String url) {
	}

	/** A dated update of a milestone: the status it moved to, its note and evidence. */
	public record Update(long id, long milestoneId, MilestoneStatus status, LocalDate onDay, String note, long byPerson,
			Instant at, List<Evidence> evidence) {
	}

	private final JdbcClient jdbc;

	private final ActionPlans plans;

	private final Accounts accounts;

	private final FileStorage files;

	private final AuditLog audit;

	private final CaseSteps steps;

	private final long maxDocumentBytes;

	private final Changes changes;

	Milestones(JdbcClient jdbc, ActionPlans plans, Accounts accounts, FileStorage files, AuditLog audit,
			CaseSteps steps, Changes changes,
			@Value("${sawa.commitment.max-evidence-bytes:10485760}") long maxDocumentBytes) {
		this.changes = changes;
		this.jdbc = jdbc;
		this.plans = plans;
		this.accounts = accounts;
		this.files = files;
		this.audit = audit;
		this.steps = steps;
		this.maxDocumentBytes = maxDocumentBytes;
	}

	/** Moves a milestone to a status with a dated note and its evidence. */
	public long move(long milestoneId, String status, LocalDate onDay, String note, List<Evidence> evidence,
			long actorId) {
		return move(milestoneId, status, onDay, note, evidence, List.of(), actorId);
	}

	/**
	 * Moves a milestone with a dated note, links and uploaded documents as evidence.
	 * Every field is checked first and each problem reported at its field; a document of
	 * a type not accepted or too large refuses the whole move (nothing is written).
	 */
	public long move(long milestoneId, String status, LocalDate onDay, String note, List<Evidence> evidence,
			List<Document> documents, long actorId) {
		Milestone milestone = lock(milestoneId);
		Refusals refusals = new Refusals();
		MilestoneStatus to = CaseStatus.find(MilestoneStatus.class, status).orElse(null);
		if (to == null) {
			refusals.add("status", "validation.option");
		}
		String clean = note == null ? "" : note.trim();
		Step<MilestoneStatus> step = Step.of(milestoneId, milestone.status(), to == null ? milestone.status() : to)
			.by(actorId)
			.on(onDay)
			.note(clean);
		steps.problems(MilestoneStatus.CASE, step).forEach(refusals::add);
		if (Texts.length(clean) < 5 || Texts.length(clean) > 5000) {
			refusals.add("note", "commitment.error.note");
		}
		for (int i = 0; i < evidence.size(); i++) {
			Evidence item = evidence.get(i);
			if (item.label() == null || Texts.length(item.label().trim()) < 2) {
				refusals.add("evidence." + i + ".label", "commitment.error.evidenceLabel");
			}
			if (item.url() == null || !(Links.isExternal(item.url().trim()) || Links.isSawaPath(item.url().trim()))) {
				refusals.add("evidence." + i + ".url", "commitment.error.evidenceUrl");
			}
		}
		refusals.throwIfAny();
		long documentCount = documents.stream().filter(d -> d.content() != null && d.content().length > 0).count();
		Commitment commitment = plans.byId(milestone.commitmentId()).orElseThrow();
		long update = steps.record(MilestoneStatus.CASE,
				step.audited("commitment.milestone.moved", "commitment:" + commitment.code(),
						"milestone " + milestone.position() + ": " + milestone.status().code() + " -> " + to.code()
								+ " on " + onDay + " evidence=" + evidence.size() + " documents=" + documentCount));
		for (Evidence item : evidence) {
			jdbc.sql("INSERT INTO commitment_evidence (update_id, label, url) VALUES (:u, :l, :url)")
				.param("u", update)
				.param("l", item.label().trim())
				.param("url", item.url().trim())
				.update();
		}
		for (Document document : documents) {
			attach(update, document);
		}
		changes.record(Changes.Change.of("commitment", commitment.code(),
				plans.plan(commitment.planId()).map(ActionPlan::territoryId).orElse(null), commitment.title(),
				"follow.change.milestone",
				List.of(String.valueOf(milestone.position()), "#commitment.status." + to.code()),
				"/commitments/" + commitment.code() + "#milestone-" + milestone.position()));
		return update;
	}

	/**
	 * Stores an uploaded document as evidence of the update, labelled by its file name.
	 */
	private void attach(long update, Document document) {
		if (document.content() == null || document.content().length == 0) {
			return;
		}
		StoredFile file;
		try {
			file = files.store(document.fileName(), document.content(), DOCUMENT_TYPES, maxDocumentBytes);
		}
		catch (FileRefused refused) {
			throw new CommitmentRefused("documents", refused.messageKey(), maxDocumentBytes / (1024 * 1024));
		}
		String label = file.fileName() == null ? "" : file.fileName().strip();
		label = label.length() < 2 ? "document" : label.substring(0, Math.min(300, label.length()));
		jdbc.sql("INSERT INTO commitment_evidence (update_id, label, url, file_id) VALUES (:u, :l, :url, :f)")
			.param("u", update)
			.param("l", label)
			.param("url", "/commitments/evidence/" + file.id())
			.param("f", file.id())
			.update();
	}

	/**
	 * Names the person answerable for a milestone, by the e-mail address of their Sawa
	 * account (blank: nobody); they are reminded by e-mail before its end date.
	 */
	public void assignOwner(long milestoneId, String email, long actorId) {
		Milestone milestone = lock(milestoneId);
		String clean = email == null ? "" : email.trim();
		Long owner = null;
		if (!clean.isEmpty()) {
			owner = accounts.idByEmail(clean)
				.orElseThrow(() -> new CommitmentRefused("owner", "commitment.error.owner"));
		}
		jdbc.sql("UPDATE commitment_milestone SET owner_id = :o WHERE id = :id")
			.param("o", owner)
			.param("id", milestoneId)
			.update();
		Commitment commitment = plans.byId(milestone.commitmentId()).orElseThrow();
		audit.append("person:" + actorId, "commitment.milestone.owner", "commitment:" + commitment.code(),
				"milestone " + milestone.position() + ": owner " + (owner == null ? "none" : "person:" + owner));
	}

	private Milestone lock(long milestoneId) {
		return jdbc.sql("SELECT * FROM commitment_milestone WHERE id = :id FOR UPDATE")
			.param("id", milestoneId)
			.query(ActionPlans::milestone)
			.optional()
			.orElseThrow(() -> new CommitmentRefused("", "commitment.error.noMilestone"));
	}

	@Transactional(readOnly = true)
	public List<Update> updates(long milestoneId) {
		List<Update> updates = new ArrayList<>();
		jdbc.sql("SELECT * FROM commitment_update WHERE milestone_id = :m ORDER BY on_day, id")
			.param("m", milestoneId)
			.query((rs, n) -> updates
				.add(new Update(rs.getLong("id"), milestoneId, MilestoneStatus.of(rs.getString("status")),
						rs.getObject("on_day", LocalDate.class), rs.getString("note"), rs.getLong("by_person"),
						rs.getObject("at", OffsetDateTime.class).toInstant(), evidence(rs.getLong("id")))))
			.list();
		return updates;
	}

	private List<Evidence> evidence(long updateId) {
		return jdbc.sql("SELECT label, url FROM commitment_evidence WHERE update_id = :u ORDER BY id")
			.param("u", updateId)
			.query((rs, n) -> new Evidence(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * An uploaded piece of evidence: its description and bytes (it is public, as its note
	 * is).
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> evidenceFile(long fileId) {
		boolean evidence = jdbc.sql("SELECT count(*) FROM commitment_evidence WHERE file_id = :f")
			.param("f", fileId)
			.query(Long.class)
			.single() > 0;
		return evidence ? files.describe(fileId) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> evidenceContent(long fileId) {
		return evidenceFile(fileId).flatMap(f -> files.content(f.id()));
	}

}
