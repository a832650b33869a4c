import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTTP side of the petition signing benchmark (run by bench/petition-signing.sh, JDK only),
 * and of the participatory budget voting benchmark (bench/participatory-voting.sh: the same with
 * "vote", each account casting one ballot through the ballot form; "publish" then closes the count
 * as the budget's staff would and times it).
 *
 * Setup, not measured: every benchmark account signs in through the login form (POST /login with
 * the login page's CSRF cookie and token, then its account page for the new session's token).
 * Warm-up: the first accounts sign a warm-up petition. Measured: every account signs the measured
 * petition once through the signing form (POST /petitions/{ref}/sign with the session cookie, the
 * CSRF cookie and token, the confirmation, the residence basis and a national ID number), each
 * answered by the redirect to the petition page that says "signed". The redirect itself is not
 * followed: the petition page is a page view, measured by bench/web-pages.sh.
 *
 * Usage: java FormClient.java base-url accounts concurrency warm-up-petition measured-petition [sign|vote]
 *        java FormClient.java base-url sessions accounts concurrency warm-up-petition file
 *        java FormClient.java base-url publish budget-code staff-email staff-password
 */
public class FormClient {

	static final String PASSWORD = "bench-password-2026";

	static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	static final Pattern SET_COOKIE = Pattern.compile("^([^=]+)=([^;]*)");

	record Session(String cookies, String token) {
	}

	final String base;

	final HttpClient http;

	FormClient(String base, int concurrency) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(concurrency))
			.build();
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (args[1].equals("publish")) {
			publish(base, args[2], args[3], args[4]);
			System.exit(0);
		}
		if (args[1].equals("sessions")) {
			sessions(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], args[5]);
			System.exit(0);
		}
		boolean vote = args.length > 5 && args[5].equals("vote");
		int accounts = Integer.parseInt(args[1]);
		int concurrency = Integer.parseInt(args[2]);
		String warmUp = args[3];
		String measured = args[4];
		int warmUpCount = Math.min(5_000, accounts);
		FormClient client = new FormClient(base, concurrency);
		Session[] sessions = new Session[accounts];

		long start = System.nanoTime();
		HttpResponse<String> loginPage = client.send(client.get("/login", ""));
		int loginFailures = client.run(accounts, concurrency, i -> sessions[i] = client.signIn(i + 1, loginPage));
		double loginSeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("setup: %d accounts signed in through the login form in %.0f s (%d failed)%n", accounts,
				loginSeconds, loginFailures);
		if (loginFailures > 0) {
			System.exit(1);
		}

		long[] warmUpNanos = new long[warmUpCount];
		int warmUpFailures = client.run(warmUpCount, concurrency,
				i -> warmUpNanos[i] = client.act(vote, warmUp, sessions[i], i + 1));
		System.out.printf("warm-up: %d %s on %s (%d refused)%n", warmUpCount, vote ? "ballots" : "signatures", warmUp,
				warmUpFailures);

		long[] nanos = new long[accounts];
		start = System.nanoTime();
		int failures = client.run(accounts, concurrency,
				i -> nanos[i] = client.act(vote, measured, sessions[i], i + 1));
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(nanos);
		String acts = vote ? "ballots" : "signatures";
		System.out.printf("sawa over HTTP: %d %s, concurrency %d, %.1f s: %.0f %s/s, p50 %.1f ms, p99 %.1f ms,"
				+ " max %.1f ms, %d refused or failed%n", accounts, acts, concurrency, seconds, accounts / seconds, acts,
				percentile(nanos, 50), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6, failures);
		System.exit(failures == 0 ? 0 : 1);
	}

	/**
	 * Setup for a compiled load tool (bench/petition-signing.sh with wrk): signs every account in,
	 * warms the server up with the first accounts signing the warm-up petition, and writes one line
	 * per account (its cookies, its CSRF token, a national ID number) for the tool to sign with.
	 */
	static void sessions(String base, int accounts, int concurrency, String warmUp, String file) throws Exception {
		FormClient client = new FormClient(base, concurrency);
		Session[] sessions = new Session[accounts];
		long start = System.nanoTime();
		HttpResponse<String> loginPage = client.send(client.get("/login", ""));
		int loginFailures = client.run(accounts, concurrency, i -> sessions[i] = client.signIn(i + 1, loginPage));
		System.out.printf("setup: %d accounts signed in through the login form in %.0f s (%d failed)%n", accounts,
				(System.nanoTime() - start) / 1e9, loginFailures);
		int warmUpCount = Math.min(5_000, accounts);
		int warmUpFailures = client.run(warmUpCount, concurrency, i -> client.sign(warmUp, sessions[i], i + 1));
		System.out.printf("warm-up: %d signatures on %s (%d refused)%n", warmUpCount, warmUp, warmUpFailures);
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < accounts; i++) {
			lines.append(sessions[i].cookies()).append('\t').append(sessions[i].token()).append('\t')
				.append("BK%06d".formatted(i + 1)).append('\n');
		}
		java.nio.file.Files.writeString(java.nio.file.Path.of(file), lines);
		if (loginFailures > 0 || warmUpFailures > 0) {
			System.exit(1);
		}
	}

	static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	/** Runs task(0..count-1) on concurrency threads; returns how many failed. */
	int run(int count, int concurrency, IntConsumer task) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		for (int t = 0; t < concurrency; t++) {
			pool.execute(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					try {
						task.accept(i);
					}
					catch (RuntimeException ex) {
						if (failed.incrementAndGet() <= 5) {
							System.err.println("account " + (i + 1) + ": " + ex.getMessage());
						}
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(2, TimeUnit.HOURS);
		return failed.get();
	}

	/**
	 * Signs in as a browser does that already holds the CSRF cookie of the login page (an
	 * anonymous visitor's token is not tied to a session): POST /login, then the account page.
	 */
	Session signIn(int account, HttpResponse<String> loginPage) {
		String anonymous = cookies(loginPage, "");
		String email = "bench%06d@sawa.bench".formatted(account);
		HttpResponse<String> login = send(post("/login", anonymous,
				Map.of("username", email, "password", PASSWORD, "_csrf", token(loginPage))));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error") || location.contains("limited")) {
			throw new IllegalStateException("login refused: " + login.statusCode() + " " + location);
		}
		String signedIn = cookies(login, anonymous);
		HttpResponse<String> me = send(get("/me", signedIn));
		if (me.statusCode() != 200) {
			throw new IllegalStateException("account page: " + me.statusCode());
		}
		return new Session(cookies(me, signedIn), token(me));
	}

	long act(boolean vote, String target, Session session, int account) {
		return vote ? vote(target, session, account) : sign(target, session, account);
	}

	/**
	 * Casts a ballot of two different projects among the budget's first eight (varied by account) and
	 * returns the request's latency in nanoseconds.
	 */
	long vote(String budget, Session session, int account) {
		HttpRequest request = post("/participatory-budgets/" + budget + "/vote", session.cookies(),
				Map.of("_csrf", session.token(), "nationalId", "BV%06d".formatted(account), "p" + (1 + account % 8), "on",
						"p" + (1 + (account + 1 + account / 8 % 7) % 8), "on"));
		long start = System.nanoTime();
		HttpResponse<String> response = send(request);
		long elapsed = System.nanoTime() - start;
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || !location.endsWith("?voted")) {
			throw new IllegalStateException("ballot refused: " + response.statusCode() + " " + location);
		}
		return elapsed;
	}

	/** Signs in as the budget's staff, publishes its results and prints how long it took. */
	static void publish(String base, String budget, String email, String password) {
		FormClient client = new FormClient(base, 1);
		HttpResponse<String> loginPage = client.send(client.get("/login", ""));
		String anonymous = cookies(loginPage, "");
		HttpResponse<String> login = client.send(client.post("/login", anonymous,
				Map.of("username", email, "password", password, "_csrf", token(loginPage))));
		String signedIn = cookies(login, anonymous);
		HttpResponse<String> manage = client.send(client.get("/participatory-budgets/" + budget + "/manage", signedIn));
		String session = cookies(manage, signedIn);
		long start = System.nanoTime();
		HttpResponse<String> published = client.send(client.post("/participatory-budgets/" + budget + "/results/publish",
				session, Map.of("_csrf", token(manage))));
		double ms = (System.nanoTime() - start) / 1e6;
		String location = published.headers().firstValue("Location").orElse("");
		System.out.printf("results counted and published over HTTP in %.0f ms (%d %s)%n", ms, published.statusCode(),
				location);
		if (!location.endsWith("/results")) {
			System.exit(1);
		}
	}

	/** Signs and returns the request's latency in nanoseconds. */
	long sign(String petition, Session session, int account) {
		HttpRequest request = post("/petitions/" + petition + "/sign", session.cookies(),
				Map.of("_csrf", session.token(), "confirm", "on", "basis", "residence", "nationalId",
						"BK%06d".formatted(account)));
		long start = System.nanoTime();
		HttpResponse<String> response = send(request);
		long elapsed = System.nanoTime() - start;
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || !location.endsWith("?signed")) {
			throw new IllegalStateException("signature refused: " + response.statusCode() + " " + location);
		}
		return elapsed;
	}

	HttpRequest get(String path, String cookies) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "fr");
		return (cookies.isEmpty() ? builder : builder.header("Cookie", cookies)).GET().build();
	}

	HttpRequest post(String path, String cookies, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept-Language", "fr")
			.header("Content-Type", "application/x-www-form-urlencoded");
		return (cookies.isEmpty() ? builder : builder.header("Cookie", cookies))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
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
		Matcher matcher = META_TOKEN.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + page.uri());
		}
		return matcher.group(1);
	}

	/** The cookies a browser would send after this response: the earlier ones, updated or removed. */
	static String cookies(HttpResponse<?> response, String earlier) {
		Map<String, String> jar = new java.util.LinkedHashMap<>();
		for (String pair : earlier.isEmpty() ? new String[0] : earlier.split("; ")) {
			int eq = pair.indexOf('=');
			jar.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		List<String> set = response.headers().allValues("Set-Cookie");
		for (String header : set) {
			Matcher matcher = SET_COOKIE.matcher(header);
			if (matcher.find()) {
				boolean expired = header.toLowerCase().contains("max-age=0") || matcher.group(2).isEmpty();
				if (expired) {
					jar.remove(matcher.group(1));
				}
				else {
					jar.put(matcher.group(1), matcher.group(2));
				}
			}
		}
		return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}
}
