package org.sawa.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.imports.ImportProblem;
import org.sawa.imports.ImportReport;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many projects from one CSV: the template's project imports; a region's export imports
 * back unchanged; a file with mistakes is refused with each at its line and column and
 * nothing written.
 */
@SawaTest
class ProjectCsvTest {

	@Autowired
	ProjectCsv csv;

	@Autowired
	Projects projects;

	@Autowired
	Territories territories;

	@Autowired
	People people;

	@Test
	void the_template_imports_and_the_regions_export_imports_back_unchanged() {
		long staff = people.withRole(people.address("csv.staff"), Role.STAFF, "MA-05");
		ImportReport template = csv.importFile(ProjectCsv.template(), staff);
		assertThat(template.problems()).isEmpty();
		assertThat(template.inserted()).isEqualTo(1);
		Project piste = projects.byIdentifier("MA-COA-MA-BEM-PISTE-01").orElseThrow();
		assertThat(piste.planned()).isEqualByComparingTo("4000000");
		assertThat(piste.progress()).isEqualTo(100);

		var region = territories.byCode("MA-05").orElseThrow();
		List<ProjectData> before = projects.in(region).stream().map(Project::data).toList();
		ImportReport again = csv.importFile(csv.export(region), staff);
		assertThat(again.problems()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(before.size());
		assertThat(again.inserted() + again.updated()).isZero();
		assertThat(projects.in(region).stream().map(Project::data).toList()).isEqualTo(before);
	}

	@Test
	void a_file_with_mistakes_is_refused_each_at_its_line_and_column_and_nothing_is_written() {
		long staff = people.withRole(people.address("csv.mistakes"), Role.STAFF, "MA-BEM");
		String file = """
				record,identifier,territory,language,title,description,status,sector,programme,planned_start,planned_end,places,role,org_type,name,year,funder,amount,measure,stage,sex,value,as_of,source
				project,MA-COA-MA-BEM-CSV-1,MA-BEM,fr,Marché de Naour,Un marché couvert pour les vendeuses de Naour.,1,99999,own,2027-05-01,2027-01-01,MA-BEM-07,,,,,,,,,,,,
				org,MA-COA-MA-BEM-CSV-1,,,,,,,,,,,1,11,Commune de Naour,,,,,,,,,
				budget,MA-COA-MA-BEM-CSV-1,,,,,,,,,,,,,,2027,Commune de Naour,-50000,,,,,,
				figure,MA-COA-MA-BEM-CSV-1,,,,,,,,,,,,,,2027,,,jobs_permanent,planned,female,abc,2026-01-10,Plan
				budget,MA-COA-MA-BEM-CSV-2,,,,,,,,,,,,,,2027,Commune,100,,,,,,
				""";
		ImportReport report = csv.importFile(file.getBytes(StandardCharsets.UTF_8), staff);
		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column)
			.contains(org.assertj.core.groups.Tuple.tuple(5L, "value"),
					org.assertj.core.groups.Tuple.tuple(6L, "identifier"));
		assertThat(projects.byIdentifier("MA-COA-MA-BEM-CSV-1")).isEmpty();

		String readable = file.replace(",abc,", ",3,");
		ImportReport checked = csv
			.importFile(readable.replace("budget,MA-COA-MA-BEM-CSV-2,,,,,,,,,,,,,,2027,Commune,100,,,,,,\n", "")
				.getBytes(StandardCharsets.UTF_8), staff);
		assertThat(checked.problems()).extracting(p -> p.line() + ":" + p.column() + ":" + p.messageKey())
			.contains("2:sector:project.error.sector", "2:plannedEnd:project.error.endBeforeStart",
					"4:amount:project.error.negative");
		assertThat(projects.byIdentifier("MA-COA-MA-BEM-CSV-1")).isEmpty();
	}

}
