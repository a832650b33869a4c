package org.sawa.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.sawa.db.RecentChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A short-lived copy of each public page as an anonymous visitor sees it, kept on the
 * node (ADR 0042): at national scale the same region, petition or dashboard page is asked
 * for many times a second by people who are not signed in, and each view rendered it
 * again from the database. A page is kept for {@code sawa.web.page-cache.seconds}
 * (default 5; 0 turns the copy off) and given, meanwhile, to every anonymous visitor who
 * asks for the same address in the same language. A page is rendered by one request at a
 * time: once its copy is older, the first visitor to ask renders it again while the
 * others are given the older copy (for at most as long again); with no copy, they wait
 * for that request's page (at most {@value #WAIT_SECONDS} s) instead of all rendering it
 * at once.
 * <p>
 * Only what is the same for every anonymous visitor is kept and given: a GET of an HTML
 * page answered 200, by someone not signed in, with no session (no message waiting after
 * a form), whose browser has not sent a change in the last moments
 * ({@link RecentChanges}), not an htmx fragment, not a choice of language
 * ({@code ?lang=}, which sets a cookie). The one part of such a page that belongs to the
 * visitor, the form token (CSRF) in its head and forms, is cut out of the copy and each
 * visitor's own token put back in its place. Signed-in people, staff and every form go
 * through as before: what they read is never older than their last change.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PublicPageCache extends OncePerRequestFilter {

	/** Pages larger than this are not kept. */
	static final int LARGEST_PAGE = 512 * 1024;

	/** How long a visitor waits for the page another request is rendering. */
	static final int WAIT_SECONDS = 10;

	private final Map<String, Copy> copies = new ConcurrentHashMap<>();

	/** The pages being rendered now, each by one request, with what it will keep. */
	private final Map<String, CompletableFuture<Copy>> rendering = new ConcurrentHashMap<>();

	private final AtomicLong bytes = new AtomicLong();

	private final Clock clock;

	private final LocaleResolver locales;

	private volatile long lifeMillis;

	private final long maxBytes;

	private final Counter given;

	private final Counter givenOlder;

	private final Counter rendered;

	PublicPageCache(Clock clock, LocaleResolver locales, MeterRegistry meters,
			@Value("${sawa.web.page-cache.seconds:5}") long seconds,
			@Value("${sawa.web.page-cache.max-megabytes:64}") long maxMegabytes) {
		this.clock = clock;
		this.locales = locales;
		this.lifeMillis = seconds * 1000;
		this.maxBytes = maxMegabytes * 1024 * 1024;
		this.given = meters.counter("sawa.page.cache", "result", "kept");
		this.givenOlder = meters.counter("sawa.page.cache", "result", "older");
		this.rendered = meters.counter("sawa.page.cache", "result", "rendered");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return lifeMillis <= 0 || !"GET".equals(request.getMethod()) || path.startsWith("/assets/")
				|| path.startsWith("/webjars/") || path.startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!anonymousReader(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		long now = clock.millis();
		Copy copy = copies.get(key);
		if (copy != null && copy.fresh(now, lifeMillis)) {
			give(copy, request, response);
			given.increment();
			return;
		}
		CompletableFuture<Copy> mine = new CompletableFuture<>();
		CompletableFuture<Copy> other = rendering.putIfAbsent(key, mine);
		if (other == null) {
			try {
				render(key, copy, now, request, response, chain, mine);
			}
			finally {
				rendering.remove(key, mine);
				mine.complete(null);
			}
			return;
		}
		// another request is rendering the page: the older copy while it lasts, else
		// what that request renders (a page that cannot be kept is rendered here too)
		if (copy != null && copy.usable(now, lifeMillis)) {
			give(copy, request, response);
			givenOlder.increment();
			return;
		}
		Copy awaited = awaited(other);
		if (awaited != null) {
			give(awaited, request, response);
			given.increment();
			return;
		}
		chain.doFilter(request, response);
	}

	private static Copy awaited(CompletableFuture<Copy> other) {
		try {
			return other.get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** How many pages are kept now. */
	int size() {
		return copies.size();
	}

	/** Keeps pages for this long from now on (0: not at all), forgetting those kept. */
	void keepFor(java.time.Duration life) {
		lifeMillis = life.toMillis();
		copies.forEach(this::forget);
	}

	private void render(String key, Copy older, long now, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain, CompletableFuture<Copy> done) throws ServletException, IOException {
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		Copy kept = null;
		try {
			chain.doFilter(request, capture);
			kept = keepable(request, capture, now);
		}
		finally {
			if (kept != null) {
				keep(key, kept);
			}
			else if (older != null) {
				forget(key, older);
			}
			rendered.increment();
			done.complete(kept);
		}
		capture.copyBodyToResponse();
	}

	private static boolean anonymousReader(HttpServletRequest request) {
		return request.getParameter("lang") == null && !HtmxRequests.isHtmx(request)
				&& !RecentChanges.justChanged(request) && !RecentChanges.signedIn()
				&& request.getSession(false) == null;
	}

	/**
	 * What makes two anonymous views the same page: the address with its query, the
	 * language the visitor is given (from the cookie or the browser's preference) and
	 * what the browser accepts.
	 */
	private String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getRequestURI() + (query == null ? "" : "?" + query) + '\n'
				+ locales.resolveLocale(request).toLanguageTag() + '\n' + (accept == null ? "" : accept);
	}

	/** The copy to keep of what was rendered, or null if it is not the same for all. */
	private Copy keepable(HttpServletRequest request, ContentCachingResponseWrapper response, long now) {
		String type = response.getContentType();
		if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")
				|| response.getContentSize() > LARGEST_PAGE || response.containsHeader(HttpHeaders.CONTENT_DISPOSITION)
				|| request.getSession(false) != null || setsOtherCookies(response)) {
			return null;
		}
		byte[] body = response.getContentAsByteArray();
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		List<byte[]> parts = token == null ? List.of(body)
				: split(body, token.getToken().getBytes(StandardCharsets.US_ASCII));
		return new Copy(now, type, response.getHeader(HttpHeaders.CONTENT_LANGUAGE), parts);
	}

	/** Only the visitor's own form token may be set beside a page that is kept. */
	private static boolean setsOtherCookies(HttpServletResponse response) {
		Collection<String> cookies = response.getHeaders(HttpHeaders.SET_COOKIE);
		return cookies.stream().anyMatch(cookie -> !cookie.startsWith("XSRF-TOKEN="));
	}

	/** The page cut where the form token stood (an ASCII string, so cut in bytes). */
	static List<byte[]> split(byte[] body, byte[] token) {
		List<byte[]> parts = new ArrayList<>();
		int from = 0;
		for (int at = indexOf(body, token, from); at >= 0; at = indexOf(body, token, from)) {
			parts.add(Arrays.copyOfRange(body, from, at));
			from = at + token.length;
		}
		parts.add(Arrays.copyOfRange(body, from, body.length));
		return parts;
	}

	private static int indexOf(byte[] body, byte[] token, int from) {
		if (token.length == 0) {
			return -1;
		}
		outer: for (int i = from; i <= body.length - token.length; i++) {
			for (int j = 0; j < token.length; j++) {
				if (body[i + j] != token[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private void give(Copy copy, HttpServletRequest request, HttpServletResponse response) throws IOException {
		byte[] token = new byte[0];
		if (copy.parts.size() > 1) {
			// the visitor's own token, made now if the browser has none (its cookie is
			// set)
			CsrfToken own = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			token = own.getToken().getBytes(StandardCharsets.US_ASCII);
		}
		response.setStatus(200);
		response.setContentType(copy.type);
		if (copy.language != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, copy.language);
		}
		response.setContentLength(copy.length + token.length * (copy.parts.size() - 1));
		OutputStream out = response.getOutputStream();
		for (int i = 0; i < copy.parts.size(); i++) {
			if (i > 0) {
				out.write(token);
			}
			out.write(copy.parts.get(i));
		}
	}

	private void keep(String key, Copy copy) {
		Copy replaced = copies.put(key, copy);
		bytes.addAndGet(copy.length - (replaced == null ? 0 : replaced.length));
		if (bytes.get() > maxBytes) {
			// over the bound: the copies past their life go first, then the rest
			long now = clock.millis();
			copies.forEach((k, c) -> {
				if (!c.usable(now, lifeMillis)) {
					forget(k, c);
				}
			});
			for (var entry : copies.entrySet()) {
				if (bytes.get() <= maxBytes) {
					break;
				}
				forget(entry.getKey(), entry.getValue());
			}
		}
	}

	private void forget(String key, Copy copy) {
		if (copies.remove(key, copy)) {
			bytes.addAndGet(-copy.length);
		}
	}

	/** One page as kept: the parts around the form token, and when it was rendered. */
	private static final class Copy {

		final long made;

		final String type;

		final String language;

		final List<byte[]> parts;

		final int length;

		Copy(long made, String type, String language, List<byte[]> parts) {
			this.made = made;
			this.type = type;
			this.language = language;
			this.parts = parts;
			this.length = parts.stream().mapToInt(part -> part.length).sum();
		}

		boolean fresh(long now, long life) {
			return now >= made && now < made + life;
		}

		/** Older than its life, but still given while one request renders it again. */
		boolean usable(long now, long life) {
			return now >= made && now < made + 2 * life;
		}

	}

}
