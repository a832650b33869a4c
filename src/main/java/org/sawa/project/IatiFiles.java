package org.sawa.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.ImportProblem;
import org.sawa.imports.ImportReport;
import org.sawa.refusal.Refused;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * IATI 2.03 files of a territory's projects: the export (exact for its staff, through the
 * disclosure rule for the public), and the import of a donor's or Sawa's own file into a
 * collectivity, all or nothing: refused with the schema's messages at their lines when
 * the file is not valid IATI, with each rule's reason at its activity's line otherwise.
 */
@Service
public class IatiFiles {

	/** The largest file accepted. */
	public static final int MOST_BYTES = 10 * 1024 * 1024;

	private final Projects projects;

	private final ProjectWriting writing;

	private final ProjectFigures figures;

	private final Territories territories;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final String baseUrl;

	IatiFiles(Projects projects, ProjectWriting writing, ProjectFigures figures, Territories territories,
			TransactionTemplate tx, Clock clock, @Value("${sawa.base-url}") String baseUrl) {
		this.projects = projects;
		this.writing = writing;
		this.figures = figures;
		this.territories = territories;
		this.tx = tx;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The territory's projects as an {@code iati-activities} document. */
	public byte[] export(Territory territory, boolean exact) {
		List<Project> list = projects.in(territory);
		return IatiWriter.write(list, clock.instant(), id -> territories.byId(id).orElseThrow(), baseUrl,
				(project, figure) -> figures.shown(project, figure, exact));
	}

	/** Imports a file into a collectivity, as its staff member {@code actorId}. */
	public ImportReport importFile(Territory collectivity, byte[] content, String fileName, long actorId) {
		if (!projects.manages(actorId, collectivity.id())) {
			throw new ProjectRefused("territory", "project.error.notYours").asDenial();
		}
		if (content.length == 0 || content.length > MOST_BYTES) {
			throw new ProjectRefused("file", "project.iati.size", MOST_BYTES / (1024 * 1024));
		}
		List<ImportProblem> invalid = IatiXml.validate(content);
		if (!invalid.isEmpty()) {
			return ImportReport.refused(0, invalid);
		}
		List<Territory> places = new ArrayList<>();
		for (Level level : List.of(Level.REGION, Level.PROVINCE, Level.COMMUNE)) {
			places.addAll(territories.within(collectivity.id(), level));
		}
		IatiReader.Read read = IatiReader.read(IatiXml.parse(content),
				new IatiReader.Context(collectivity, territories::byCode, places, projects::byIdentifier));
		List<ImportProblem> problems = new ArrayList<>(read.problems());
		Set<String> seen = new HashSet<>();
		for (IatiReader.Activity a : read.activities()) {
			if (!seen.add(a.data().identifier())) {
				problems
					.add(new ImportProblem(a.line(), "iati-identifier", "project.iati.twice", a.data().identifier()));
			}
			for (Refused r : writing.check(a.data(), actorId).all()) {
				problems.add(new ImportProblem(a.line(), r.field(), r.messageKey(), r.arguments()));
			}
		}
		int count = read.activities().size() + (problems.isEmpty() ? 0 : read.problems().size());
		if (!problems.isEmpty()) {
			return ImportReport.refused(count, problems);
		}
		String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
		String reason = "IATI " + (name.length() > 200 ? name.substring(0, 200) : name);
		return AllOrNothing.run(tx, () -> {
			long[] tally = new long[3];
			writing.inOne(() -> {
				for (IatiReader.Activity a : read.activities()) {
					tally[writing.saveImported(a.data(), reason, actorId).ordinal()]++;
				}
			}, actorId);
			return new ImportReport(read.activities().size(), tally[0], tally[1], tally[2], List.of());
		});
	}

}
