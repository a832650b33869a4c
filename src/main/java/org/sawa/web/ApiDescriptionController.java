package org.sawa.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI description of the open-data API, written by hand beside the code it
 * describes and kept complete by a test that compares it with the application's /api/v1
 * mappings.
 */
@RestController
class ApiDescriptionController {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

	@GetMapping("/api/v1/openapi.yaml")
	ResponseEntity<Resource> description() {
		return ResponseEntity.ok().contentType(YAML).body(new ClassPathResource("api/openapi.yaml"));
	}

}
