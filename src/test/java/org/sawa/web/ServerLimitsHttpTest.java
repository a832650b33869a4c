package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the server itself refuses: a form posted larger than it reads gets the translated
 * "too large" page, not a reset connection; the management port (health, Prometheus)
 * answers on this machine only.
 */
@SawaTest
class ServerLimitsHttpTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void a_ten_megabyte_form_gets_the_too_large_page_in_the_persons_language() throws Exception {
		byte[] body = ("displayName=" + "a".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signup"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.header("Accept-Language", "fr")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Envoi trop volumineux", "rien n’a été enregistré");
	}

	@Test
	void the_management_port_answers_on_this_machine_only() throws Exception {
		HttpResponse<String> health = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/liveness"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(i -> Collections.list(i.getInetAddresses()).stream())
			.filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
			.findFirst();
		if (outside.isPresent()) {
			// the application's own port is reachable there, the management port is not
			try (Socket reachable = new Socket()) {
				reachable.connect(new InetSocketAddress(outside.get(), port), 2000);
			}
			assertThatThrownBy(() -> {
				try (Socket management = new Socket()) {
					management.connect(new InetSocketAddress(outside.get(), managementPort), 2000);
				}
			}).isInstanceOf(IOException.class);
		}
	}

}
