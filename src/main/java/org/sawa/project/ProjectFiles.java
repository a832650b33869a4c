package org.sawa.project;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.storage.FileRefused;
import org.sawa.storage.FileStorage;
import org.sawa.storage.FileTypes;
import org.sawa.storage.Photos;
import org.sawa.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's photos (JPEG or PNG, cleaned of what the camera wrote: place, time, device)
 * and documents (PDF, OpenDocument, Office), each with a title and an IATI document
 * category; added and removed by its staff, audited.
 */
@Service
public class ProjectFiles {

	/** A photo or document of a project, in the order added. */
	public record File(int position, long fileId, String kind, String title, String category, String contentType) {

		public boolean photo() {
			return "photo".equals(kind);
		}

	}

	/** The largest file accepted. */
	public static final long MOST_BYTES = 10L * 1024 * 1024;

	static final Set<String> DOCUMENTS = Set.of(FileTypes.PDF, FileTypes.ODT, FileTypes.ODS, FileTypes.DOCX,
			FileTypes.XLSX);

	private final JdbcClient jdbc;

	private final FileStorage storage;

	private final Projects projects;

	private final AuditLog audit;

	ProjectFiles(JdbcClient jdbc, FileStorage storage, Projects projects, AuditLog audit) {
		this.jdbc = jdbc;
		this.storage = storage;
		this.projects = projects;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<File> of(long projectId) {
		return jdbc.sql("""
				SELECT position, file_id, kind, title, category, content_type FROM project_file
				WHERE project_id = :p ORDER BY position""")
			.param("p", projectId)
			.query((rs, n) -> new File(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> content(File file) {
		return storage.content(file.fileId());
	}

	/** Adds a photo or a document; every mistake at its field, nothing kept then. */
	@Transactional
	public File add(Project project, String kind, String title, String category, String fileName, byte[] content,
			long actorId) {
		Refusals refusals = new Refusals();
		if (!projects.manages(actorId, project.territoryId())) {
			throw new ProjectRefused("form", "project.error.notYours").asDenial();
		}
		if (!Texts.oneOf(kind, List.of("photo", "document"))) {
			refusals.add("kind", "project.file.error.kind");
		}
		int length = Texts.length(Texts.cleanOrEmpty(title));
		if (length < 2 || length > 200) {
			refusals.add("title", "project.error.length", 2, 200);
		}
		if (!Texts.oneOf(category, Project.DOCUMENT_CATEGORIES)) {
			refusals.add("category", "project.file.error.category");
		}
		byte[] kept = content;
		if (content == null || content.length == 0) {
			refusals.add("file", "project.file.error.none");
		}
		else if ("photo".equals(kind)) {
			try {
				kept = Photos.clean(content);
			}
			catch (FileRefused refused) {
				refusals.add("file", "project.file.error.photo");
			}
		}
		refusals.throwIfAny();
		StoredFile stored;
		try {
			stored = storage.store(fileName == null ? kind : fileName, kept,
					"photo".equals(kind) ? Photos.TYPES : DOCUMENTS, MOST_BYTES);
		}
		catch (FileRefused refused) {
			throw new ProjectRefused("file",
					"project.file.error." + ("tooLarge".equals(refused.reason()) ? "size" : "type"),
					MOST_BYTES / (1024 * 1024));
		}
		int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM project_file WHERE project_id = :p")
			.param("p", project.id())
			.query(Integer.class)
			.single();
		jdbc.sql("""
				INSERT INTO project_file (project_id, position, file_id, kind, title, category, content_type)
				VALUES (:p, :pos, :f, :k, :t, :c, :type)""")
			.param("type", stored.contentType())
			.param("p", project.id())
			.param("pos", position)
			.param("f", stored.id())
			.param("k", kind)
			.param("t", Texts.cleanOrEmpty(title))
			.param("c", category)
			.update();
		audit.append("person:" + actorId, "project.file.added", "project:" + project.id(),
				kind + " " + position + " " + stored.sha256());
		return new File(position, stored.id(), kind, Texts.cleanOrEmpty(title), category, stored.contentType());
	}

	/** Removes a photo or document from the project (the stored bytes stay, audited). */
	@Transactional
	public void remove(Project project, int position, long actorId) {
		if (!projects.manages(actorId, project.territoryId())) {
			throw new ProjectRefused("form", "project.error.notYours").asDenial();
		}
		int removed = jdbc.sql("DELETE FROM project_file WHERE project_id = :p AND position = :pos")
			.param("p", project.id())
			.param("pos", position)
			.update();
		if (removed == 1) {
			audit.append("person:" + actorId, "project.file.removed", "project:" + project.id(), "" + position);
		}
	}

}
