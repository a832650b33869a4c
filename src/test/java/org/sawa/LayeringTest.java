package org.sawa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain modules' services, repositories and records do not depend on the web layer:
 * they refuse with their module's own refusal type and read time from the clock; only the
 * controllers (and what they alone use to render pages) reach for {@code org.sawa.web}.
 */
class LayeringTest {

	private static final String[] DOMAIN = { "org.sawa.account", "org.sawa.calendar", "org.sawa.capacity",
			"org.sawa.commitment", "org.sawa.council", "org.sawa.indicator", "org.sawa.lens", "org.sawa.inforequest",
			"org.sawa.petition", "org.sawa.report", "org.sawa.territory", "org.sawa.casework", "org.sawa.consultation",
			"org.sawa.*.internal" };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.sawa");

	@Test
	void domain_services_do_not_depend_on_the_web_layer() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.and()
			.haveSimpleNameNotEndingWith("Controller")
			.and()
			.haveSimpleNameNotEndingWith("Pages")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.sawa.web..")
			.because(
					"services throw their module's refusal and read the clock; pages are the business of the controllers and of the page helpers they share (PetitionPages)")
			.check(classes);
	}

}
