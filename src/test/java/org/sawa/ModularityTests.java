package org.sawa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SawaApplication.class);

	@Test
	void modules_only_use_each_others_published_api() {
		modules.verify();
	}

	/**
	 * A module's API is its base package: the controllers, page helpers and route rules
	 * in its {@code web} sub-package are its own business, so
	 * {@link #modules_only_use_each_others_published_api} fails the build when another
	 * module reaches for them.
	 */
	@Test
	void a_modules_web_classes_are_not_part_of_its_api() {
		List<String> web = new ArrayList<>();
		modules.forEach(module -> module.getInternalTypes()
			.stream()
			.filter(type -> type.getPackageName().equals(module.getBasePackage().getName() + ".web"))
			.forEach(type -> {
				web.add(type.getName());
				assertThat(module.isExposed(type)).as(type.getName()).isFalse();
			}));
		assertThat(web).as("the large modules have their controllers in a web sub-package")
			.contains("org.sawa.petition.web.PetitionController", "org.sawa.inforequest.web.InfoRequestController",
					"org.sawa.indicator.web.IndicatorApiController", "org.sawa.account.web.AccountController");
	}

	@Test
	void writes_module_documentation_into_target() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modules"))
			.writeModulesAsPlantUml(
					Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML))
			.writeIndividualModulesAsPlantUml(
					Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML))
			.writeModuleCanvases();
	}

}
