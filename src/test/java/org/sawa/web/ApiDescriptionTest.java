package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/**
 * The published OpenAPI description names every /api/v1 endpoint the application serves,
 * and no other.
 */
@SawaTest
class ApiDescriptionTest {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	@SuppressWarnings("unchecked")
	void the_description_covers_every_api_endpoint() {
		var response = new Browser(port).accept("application/yaml").get("/api/v1/openapi.yaml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
		Map<String, Object> description = new Yaml().load(response.body());
		assertThat(description.get("openapi")).isEqualTo("3.1.0");
		Set<String> described = new TreeSet<>(((Map<String, Object>) description.get("paths")).keySet());
		described.add("/api/v1/openapi.yaml");

		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods()
			.keySet()
			.forEach(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(served::add));
		assertThat(served).isNotEmpty();
		assertThat(described).isEqualTo(served);
	}

}
