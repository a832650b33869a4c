package org.sawa;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
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

	/**
	 * The application reads its modules' order (each module's migrations run after those
	 * of the modules it depends on) from this file instead of analysing every class at
	 * start, which took five seconds of every start (issue 23). When a module is added or
	 * its dependencies change the order, this test writes the file anew and fails: commit
	 * the new file.
	 */
	@Test
	void the_module_order_read_at_start_is_the_modules_order() throws IOException {
		Path file = Path.of("src/main/resources", ApplicationModulesExporter.DEFAULT_LOCATION);
		List<String> order = modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString).toList();
		List<String> stored = Files.exists(file)
				? List.copyOf(JsonPath.parse(file.toFile()).<java.util.Collection<String>>read("$.keys()")) : List.of();
		if (!order.equals(stored)) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, new ApplicationModulesExporter(modules).toJson() + "\n");
		}
		assertThat(stored).as("%s was out of date and has been written again: commit it", file).isEqualTo(order);
	}

}
