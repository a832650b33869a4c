package org.sawa.db;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that has just sent a change (any request but a GET or HEAD: a form, a
 * signature, a sign-in) is given a cookie ({@value #COOKIE}, no content but its age) for
 * {@code sawa.web.fresh-after-change}. While it has it, the pages it reads are neither
 * taken from a read replica (ADR 0038) nor from the copy of public pages kept on the node
 * (ADR 0042): whoever has just done something sees it at once, signed in or not. Runs
 * before Spring Security's filters, which answer a sign-in or a sign-out themselves.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RecentChanges extends OncePerRequestFilter {

	static final String COOKIE = "sawa-wrote";

	private final Duration fresh;

	RecentChanges(@Value("${sawa.web.fresh-after-change:${sawa.datasource.replica-stick:PT30S}}") Duration fresh) {
		this.fresh = fresh;
	}

	/** Whether this browser sent a change within {@code sawa.web.fresh-after-change}. */
	public static boolean justChanged(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> COOKIE.equals(cookie.getName()));
	}

	/**
	 * Whether the request comes from someone signed in (known after Spring Security's
	 * filters).
	 */
	public static boolean signedIn() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
	}

	static boolean reads(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!reads(request)) {
			Cookie wrote = new Cookie(COOKIE, "1");
			wrote.setPath("/");
			wrote.setMaxAge((int) fresh.toSeconds());
			wrote.setHttpOnly(true);
			wrote.setSecure(request.isSecure());
			wrote.setAttribute("SameSite", "Lax");
			response.addCookie(wrote);
		}
		chain.doFilter(request, response);
	}

}
