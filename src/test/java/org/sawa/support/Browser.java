package org.sawa.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP user agent for integration tests: keeps cookies (session, language),
 * does not follow redirects by itself, and posts forms with the CSRF token of the page
 * they come from.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private String acceptLanguage = "fr";

	private String accept = "text/html";

	public Browser(int port) {
		this("http://localhost:" + port,
				HttpClient.newBuilder()
					.cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
	}

	private Browser(String base, HttpClient client) {
		this.base = base;
		this.client = client;
	}

	/**
	 * The same browser, with its cookies, sent to another application node on this
	 * machine, as a load balancer may send a person's next request.
	 */
	public Browser at(int port) {
		return new Browser("http://localhost:" + port, client).acceptLanguage(acceptLanguage).accept(accept);
	}

	/**
	 * What the client asks for; a browser's default of text/html unless changed (e.g. for
	 * the JSON API).
	 */
	public Browser accept(String value) {
		this.accept = value;
		return this;
	}

	public Browser acceptLanguage(String value) {
		this.acceptLanguage = value;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/**
	 * GETs {@code formPage} for its CSRF token, then POSTs the fields to {@code action}.
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		String page = get(formPage).body();
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage);
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", matcher.group(1));
		return summaryLinksResolve(post(action, all));
	}

	private static final Pattern SUMMARY_LINK = Pattern.compile("<li><a href=\"#([^\"]+-error)\"");

	/**
	 * A refused form's page: each link of its error summary leads to a message on the
	 * page (the id the summary names is there), so no summary points nowhere.
	 */
	private static HttpResponse<String> summaryLinksResolve(HttpResponse<String> response) {
		Matcher links = SUMMARY_LINK.matcher(response.body());
		while (links.find()) {
			String id = links.group(1);
			if (!response.body().contains("id=\"" + id + "\"")) {
				throw new AssertionError("the error summary links to #" + id + ", which is not on the page");
			}
		}
		return response;
	}

	/**
	 * GETs {@code formPage} for its CSRF token, then POSTs a body already encoded as
	 * {@code application/x-www-form-urlencoded} (to send what {@link #post} cannot, such
	 * as a NUL byte, {@code %00}).
	 */
	public HttpResponse<String> submitEncoded(String formPage, String action, String encodedBody) {
		Matcher matcher = CSRF.matcher(get(formPage).body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage);
		}
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encodedBody + "&_csrf=" + enc(matcher.group(1)))));
	}

	/**
	 * POSTs a form; a value holding NUL-separated parts is sent as that field repeated
	 * (several checkboxes).
	 */
	public HttpResponse<String> post(String action, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.flatMap(e -> java.util.Arrays.stream(e.getValue().split("\u0000", -1))
				.map(v -> enc(e.getKey()) + "=" + enc(v)))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * GETs {@code formPage} for its CSRF token, then POSTs the fields and one file as
	 * multipart/form-data to {@code action} (an empty file when {@code content} is null).
	 */
	public HttpResponse<String> upload(String formPage, String action, Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		Matcher matcher = CSRF.matcher(get(formPage).body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage);
		}
		String boundary = "----sawa" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", matcher.group(1));
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ (content == null ? "" : fileName) + "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content == null ? new byte[0] : content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** GETs raw bytes (a document download). */
	public HttpResponse<byte[]> download(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), "*/*",
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Follows one redirect and returns the page it leads to. */
	public HttpResponse<String> follow(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return get(location.startsWith("http")
				? URI.create(location).getRawPath()
						+ (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery())
				: location);
	}

	public HttpResponse<String> signIn(String email, String password) {
		return submit("/login", "/login", Map.of("username", email, "password", password));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, accept, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, String acceptValue,
			HttpResponse.BodyHandler<T> body) {
		try {
			return client.send(request.header("Accept", acceptValue).header("Accept-Language", acceptLanguage).build(),
					body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
