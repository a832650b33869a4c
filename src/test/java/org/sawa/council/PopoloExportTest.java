package org.sawa.council;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfiguration;
import com.github.fge.jsonschema.core.load.uri.URITranslatorConfiguration;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The council export, fetched over HTTP, validates item by item against the Popolo
 * schemas (draft 03, shipped under src/test/resources/standards/popolo), holds together
 * (every id it refers to is in it) and leaves out the councillors' birth years.
 */
@SawaTest
class PopoloExportTest {

	static final Map<String, String> SCHEMAS = Map.of("persons", "person", "organizations", "organization",
			"memberships", "membership", "posts", "post", "areas", "area", "events", "event", "speeches", "speech");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private static JsonSchema schema(String name) throws Exception {
		LoadingConfiguration loading = LoadingConfiguration.newBuilder()
			.setURITranslatorConfiguration(URITranslatorConfiguration.newBuilder()
				.addPathRedirect("http://www.popoloproject.com/schemas/", "resource:/standards/popolo/")
				.freeze())
			.freeze();
		return JsonSchemaFactory.newBuilder()
			.setLoadingConfiguration(loading)
			.freeze()
			.getJsonSchema("http://www.popoloproject.com/schemas/" + name + ".json#");
	}

	@Test
	void a_council_with_sessions_exports_to_valid_popolo() throws Exception {
		// a programme commune of the demo: members, posts, committees, sessions and
		// interventions
		String code = jdbc.sql("""
				SELECT c.code FROM council c JOIN council_mandate m ON m.council_id = c.id
				JOIN council_session s ON s.mandate_id = m.id WHERE c.level = 'commune' ORDER BY c.id LIMIT 1""")
			.query(String.class)
			.single();
		String body = new Browser(port).acceptLanguage("fr").get("/councils/" + code + "/popolo.json").body();
		JsonNode export = new ObjectMapper().readTree(body);

		for (var entry : SCHEMAS.entrySet()) {
			JsonNode items = export.get(entry.getKey());
			assertThat(items.size()).as(entry.getKey()).isPositive();
			JsonSchema schema = schema(entry.getValue());
			for (JsonNode item : items) {
				ProcessingReport report = schema.validate(item);
				assertThat(report.isSuccess()).as(entry.getKey() + " " + item + "\n" + report).isTrue();
			}
		}

		Set<String> ids = new HashSet<>();
		for (String collection : SCHEMAS.keySet()) {
			export.get(collection).forEach(item -> ids.add(item.get("id").asText()));
		}
		for (JsonNode membership : export.get("memberships")) {
			assertThat(ids).contains(membership.get("person_id").asText(), membership.get("organization_id").asText(),
					membership.get("post_id").asText());
		}
		for (JsonNode speech : export.get("speeches")) {
			assertThat(ids).contains(speech.get("creator_id").asText(), speech.get("event_id").asText());
		}
		assertThat(export.get("organizations").findValuesAsText("classification")).contains("council", "committee",
				"consultative_body_equity_gender");
		assertThat(body).doesNotContain("birth");
		assertThat(export.get("persons").findValuesAsText("gender")).contains("female", "male");
	}

	@Test
	void the_validator_rejects_what_popolo_does_not_allow() throws Exception {
		JsonNode badDate = new ObjectMapper().readTree("""
				{"id": "membership/1", "person_id": "person/1", "start_date": "20/09/2021"}""");
		JsonNode badPosition = new ObjectMapper().readTree("""
				{"id": "speech/1", "position": "first"}""");
		assertThat(schema("membership").validate(badDate).isSuccess()).isFalse();
		assertThat(schema("speech").validate(badPosition).isSuccess()).isFalse();
	}

}
