package org.sawa.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits login attempts per client address and per account name. Over the limit, the
 * login page says so in the reader's language; no password is checked.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final RateLimiter rateLimiter;

	private final int perAccount;

	private final int perAddress;

	LoginRateLimitFilter(RateLimiter rateLimiter, int perAccount, int perAddress) {
		this.rateLimiter = rateLimiter;
		this.perAccount = perAccount;
		this.perAddress = perAddress;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = String.valueOf(request.getParameter("username")).toLowerCase(Locale.ROOT);
		boolean addressOk = rateLimiter.tryAcquire("login-ip:" + ClientAddress.of(request), perAddress, WINDOW);
		boolean accountOk = rateLimiter.tryAcquire("login-user:" + username, perAccount, WINDOW);
		if (!addressOk || !accountOk) {
			response.sendRedirect(request.getContextPath() + "/login?limited");
			return;
		}
		chain.doFilter(request, response);
	}

}
