import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The writing side of the consultation benchmark (run by bench/consultation-page.sh, JDK only):
 * each client signs in as one of the demo's young residents of Laâyoune (youthNN@sawa.demo, not
 * measured), then, for the given seconds, comments on proposals of the youth plan through the
 * comment form (POST with the session and CSRF token), each answered by the redirect to the
 * comment. Prints comments/s and the latency percentiles of the POSTs.
 *
 * Every client signs in first; the comments start {@code start-after} seconds after launch (so
 * that the readers' load does not fall on the logins) and last {@code seconds}.
 *
 * Usage: java CommentClient.java base-url clients seconds start-after
 */
public class CommentClient {

	static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	static final Pattern SET_COOKIE = Pattern.compile("^([^=]+)=([^;]*)");

	final String base;

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	CommentClient(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		CommentClient client = new CommentClient(args[0]);
		int clients = Integer.parseInt(args[1]);
		long seconds = Long.parseLong(args[2]);
		List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failures = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(clients);
		long begin = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
		long end = begin + seconds * 1_000_000_000L;
		for (int c = 0; c < clients; c++) {
			int account = 1 + c % 12;
			new Thread(() -> {
				try {
					String[] session = client.signIn("youth%02d@sawa.demo".formatted(account));
					Thread.sleep(Math.max(0, (begin - System.nanoTime()) / 1_000_000));
					for (int i = 0; System.nanoTime() < end; i++) {
						int proposal = 100 + (account * 997 + i * 31) % 10000;
						long start = System.nanoTime();
						if (client.comment(session, proposal, account, i)) {
							nanos.add(System.nanoTime() - start);
						}
						else {
							failures.incrementAndGet();
						}
					}
				}
				catch (RuntimeException | InterruptedException ex) {
					failures.incrementAndGet();
					System.err.println(ex.getMessage());
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		done.await();
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("comments: %d clients, %d s: %.1f comments/s, p50 %.1f ms, p99 %.1f ms, %d failed%n", clients,
				seconds, sorted.length / (double) seconds, percentile(sorted, 50), percentile(sorted, 99),
				failures.get());
	}

	static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	/** Signs in through the login form; answers the cookies and the session's CSRF token. */
	String[] signIn(String email) {
		HttpResponse<String> loginPage = send(get("/login", ""));
		String anonymous = cookies(loginPage, "");
		HttpResponse<String> login = send(post("/login", anonymous,
				Map.of("username", email, "password", "sawa-demo-2026", "_csrf", token(loginPage))));
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login refused for " + email);
		}
		String signedIn = cookies(login, anonymous);
		HttpResponse<String> me = send(get("/me", signedIn));
		return new String[] { cookies(me, signedIn), token(me) };
	}

	boolean comment(String[] session, int proposal, int account, int i) {
		HttpResponse<String> response = send(post("/consultations/JEUNESSE-LSH/proposals/" + proposal + "/comments",
				session[0], Map.of("_csrf", session[1], "body", "Commentaire " + i + " de jeune" + account + ".")));
		return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").contains("commented");
	}

	HttpRequest get(String path, String cookies) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (!cookies.isEmpty()) {
			b.header("Cookie", cookies);
		}
		return b.build();
	}

	HttpRequest post(String path, String cookies, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (!cookies.isEmpty()) {
			b.header("Cookie", cookies);
		}
		return b.build();
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String token(HttpResponse<String> page) {
		Matcher m = META_TOKEN.matcher(page.body());
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on " + page.uri());
		}
		return m.group(1);
	}

	/** The cookies a response sets, over those already held. */
	static String cookies(HttpResponse<String> response, String held) {
		Map<String, String> jar = new java.util.LinkedHashMap<>();
		for (String pair : held.isEmpty() ? new String[0] : held.split("; ")) {
			int eq = pair.indexOf('=');
			jar.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		for (String header : response.headers().allValues("Set-Cookie")) {
			Matcher m = SET_COOKIE.matcher(header);
			if (m.find()) {
				jar.put(m.group(1), m.group(2));
			}
		}
		return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}

}
