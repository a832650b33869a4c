package org.sawa.project;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.ImportReport;
import org.sawa.imports.ImportTally;
import org.sawa.refusal.Refused;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many projects at once from a CSV ({@link ProjectSheet}): every row read and every
 * project checked by the same rules as the forms, each problem at its line and column,
 * and nothing written unless all pass. A project already there is updated as a correction
 * and keeps what the CSV does not carry (its results, its texts in other languages, its
 * reporting organisation and where it came from); the same file twice changes nothing.
 */
@Service
public class ProjectCsv {

	/** The largest file accepted. */
	public static final int MOST_BYTES = 5 * 1024 * 1024;

	private final Projects projects;

	private final ProjectWriting writing;

	private final Territories territories;

	private final TransactionTemplate tx;

	ProjectCsv(Projects projects, ProjectWriting writing, Territories territories, TransactionTemplate tx) {
		this.projects = projects;
		this.writing = writing;
		this.territories = territories;
		this.tx = tx;
	}

	/** A territory's projects as the CSV Sawa reads (exact: for its staff). */
	public byte[] export(Territory territory) {
		return ProjectSheet.write(projects.in(territory), id -> territories.byId(id).map(Territory::code).orElse(""));
	}

	/** The file's header and one project as an example. */
	public static byte[] template() {
		return """
				record,identifier,territory,language,title,description,status,sector,programme,programme_name,\
				gender_marker,planned_start,planned_end,actual_start,actual_end,places,place,jobs_note,role,org_type,\
				name,ref,year,funder,amount,type,day,party,weight,due_on,done_on,measure,stage,sex,age_band,\
				disability,area,value,as_of,source,code\r
				project,MA-COA-MA-BEM-PISTE-01,MA-BEM,fr,Piste rurale de Naour,Revêtement de 12 km de piste.,2,21020,own,,\
				0,2026-03-01,2027-06-30,2026-04-02,,MA-BEM-07,Douars du haut Naour,,,,,,,,,,,,,,,,,,,,,,,,\r
				org,MA-COA-MA-BEM-PISTE-01,,,,,,,,,,,,,,,,,1,11,Conseil provincial de Béni Mellal,,,,,,,,,,,,,,,,,,,,\r
				budget,MA-COA-MA-BEM-PISTE-01,,,,,,,,,,,,,,,,,,,,,2026,Conseil provincial de Béni Mellal,4000000,,,,,,,,,,,,,,,,\r
				milestone,MA-COA-MA-BEM-PISTE-01,,,Études,,,,,,,,,,,,,,,,,,,,,,,,20,2026-05-31,2026-05-20,,,,,,,,,,\r
				figure,MA-COA-MA-BEM-PISTE-01,,,,,,,,,,,,,,,,,,,,,2026,,,,,,,,,jobs_temporary,actual,female,18-24,,,6,\
				2026-09-30,Rapport du bureau d'études,\r
				"""
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Imports a file into the collectivities its rows name, as staff {@code actorId}. */
	public ImportReport importFile(byte[] content, long actorId) {
		if (content == null || content.length == 0 || content.length > MOST_BYTES) {
			throw new ProjectRefused("file", "project.csv.size", MOST_BYTES / (1024 * 1024));
		}
		ImportTally tally = new ImportTally();
		List<ProjectSheet.Read> read;
		try {
			read = ProjectSheet.read(content, territories::byCode, projects::reporting, tally);
		}
		catch (org.sawa.imports.Csv.MalformedFile malformed) {
			return ImportReport.refused(0,
					List.of(new org.sawa.imports.ImportProblem(1, "", malformed.messageKey(), malformed.arguments())));
		}
		Set<String> seen = new HashSet<>();
		List<ProjectData> checked = read.stream().map(r -> {
			ProjectData data = kept(r.data());
			for (Refused refused : writing.check(data, actorId).all()) {
				Map.Entry<Long, String> at = r.at(refused.field());
				tally.problem(at.getKey(), at.getValue(), refused.messageKey(), refused.arguments());
			}
			if (!seen.add(data.identifier())) {
				tally.problem(r.line(), "identifier", "project.iati.twice", data.identifier());
			}
			return data;
		}).toList();
		if (tally.hasProblems()) {
			try {
				tally.finish();
			}
			catch (org.sawa.imports.ImportRefused refused) {
				return refused.report();
			}
		}
		return AllOrNothing.run(tx, () -> {
			long[] outcome = new long[3];
			writing.inOne(() -> checked.forEach(p -> outcome[writing.saveImported(p, "CSV", actorId).ordinal()]++),
					actorId);
			return new ImportReport(tally.finish().rowsRead(), outcome[0], outcome[1], outcome[2], List.of());
		});
	}

	/** An existing project's data the CSV does not carry, kept. */
	private ProjectData kept(ProjectData p) {
		return projects.byIdentifier(p.identifier())
			.map(Project::data)
			.map(before -> new ProjectData(p.identifier(), p.territoryId(), p.language(), p.title(), p.description(),
					p.status(), p.sector(), p.programme(), p.programmeName(), p.genderMarker(), p.plannedStart(),
					p.plannedEnd(), p.actualStart(), p.actualEnd(), p.place(), before.reporting(), p.locations(),
					p.orgs(), p.budgets(), p.transactions(), p.milestones(), p.figures(), before.results(),
					p.commitments(), p.jobsNote(), before.origin(), before.versions()))
			.orElse(p);
	}

}
