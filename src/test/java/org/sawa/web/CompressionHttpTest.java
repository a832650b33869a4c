package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every text response travels compressed to a phone that accepts it (htmx, the style
 * sheet, the script, pages), and the home page weighs less than 40 KB on a first visit.
 */
@SawaTest
class CompressionHttpTest {

	@LocalServerPort
	int port;

	private HttpResponse<byte[]> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept-Encoding", "gzip")
				.header("Accept-Language", "ar")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void text_responses_are_compressed_and_the_first_visit_is_light() throws Exception {
		long weight = 0;
		for (String path : new String[] { "/", "/webjars/htmx.org/2.0.8/dist/htmx.min.js", "/assets/css/sawa.css",
				"/assets/js/sawa.js", "/territories/MA-BEM-07" }) {
			HttpResponse<byte[]> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			if (path.endsWith("sawa.js")) {
				// under server.compression.min-response-size: sent as it is
				assertThat(response.body().length).isLessThan(1024);
			}
			else {
				assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
				try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
					assertThat(in.readAllBytes()).as(path + " unpacks").isNotEmpty();
				}
			}
			if (!path.startsWith("/territories")) {
				weight += response.body().length;
			}
		}
		assertThat(weight).as("home page, style, scripts: bytes on the wire").isLessThan(40_000);
	}

}
