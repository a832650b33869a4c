package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SawaTest
class IndicatorApiTest {

	@LocalServerPort
	int port;

	private final ObjectMapper json = new ObjectMapper();

	private HttpResponse<String> get(String path, String language) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "application/json")
				.header("Accept-Language", language)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void lists_the_indicators_with_their_dimensions() throws Exception {
		JsonNode list = json.readTree(get("/api/v1/indicators", "en").body());
		assertThat(list.isArray()).isTrue();
		JsonNode councillors = null;
		for (JsonNode node : list) {
			if ("COUNCILLORS".equals(node.get("code").asText())) {
				councillors = node;
			}
		}
		assertThat(councillors).isNotNull();
		assertThat(councillors.get("aggregation").asText()).isEqualTo("last");
		assertThat(councillors.get("dimensions").get(0).asText()).isEqualTo("sex");
		assertThat(councillors.get("names").get("ar").asText()).isEqualTo("المنتخبون في المجالس الجماعية");
	}

	@Test
	void values_by_sex_come_near_the_total_and_small_counts_are_withheld() throws Exception {
		JsonNode bySex = json
			.readTree(get("/api/v1/indicators/COUNCILLORS/values?territory=MA-05&year=2025&by=sex", "fr").body());
		long women = bySex.get("values").get(0).get("value").asLong();
		long men = bySex.get("values").get(1).get("value").asLong();
		// each figure is its own cell, moved by at most 2: the parts come within 4 of the
		// total
		assertThat(women + men).isBetween(bySex.get("total").asLong() - 4, bySex.get("total").asLong() + 4)
			.isPositive();

		JsonNode byAge = json.readTree(
				get("/api/v1/indicators/YOUTH_TRAINED/values?territory=MA-05&year=2022&by=age_band", "fr").body());
		boolean anySuppressed = false;
		for (JsonNode value : byAge.get("values")) {
			if (value.get("suppressed").asBoolean()) {
				anySuppressed = true;
				assertThat(value.get("value").isNull()).isTrue();
			}
			else {
				// every option is listed, those without anyone as 0: a shown count is 0
				// or at least 5
				assertThat(value.get("value").asLong()).satisfiesAnyOf(v -> assertThat(v).isZero(),
						v -> assertThat(v).isGreaterThanOrEqualTo(5));
			}
		}
		assertThat(anySuppressed).isTrue();
	}

	@Test
	void errors_are_translated_problem_details() throws Exception {
		HttpResponse<String> missing = get("/api/v1/indicators/NOPE/values?territory=MA-05&year=2025", "fr");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
		JsonNode problem = json.readTree(missing.body());
		assertThat(problem.get("title").asText()).isEqualTo("Introuvable");
		assertThat(problem.get("detail").asText()).isEqualTo("Aucun indicateur ne porte ce code.");

		HttpResponse<String> badYear = get("/api/v1/indicators/COUNCILLORS/values?territory=MA-05&year=soon", "ar");
		assertThat(badYear.statusCode()).isEqualTo(400);
		assertThat(json.readTree(badYear.body()).get("title").asText()).isEqualTo("طلب غير صحيح");

		HttpResponse<String> badBreakdown = get(
				"/api/v1/indicators/CSO_TRAINED/values?territory=MA-05&year=2024&by=sex", "en");
		assertThat(badBreakdown.statusCode()).isEqualTo(400);
		assertThat(json.readTree(badBreakdown.body()).get("detail").asText()).contains("not broken down");
	}

}
