package org.sawa;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SawaApplication.class);

	@Test
	void modules_only_use_each_others_published_api() {
		modules.verify();
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
