package org.sawa.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.sawa.input.Emails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts, so that passwords cannot be guessed and no stranger can lock
 * the owner out: per account and address together (someone guessing from one place is
 * stopped there, while the owner signs in from theirs), per address (one place guessing
 * many accounts), and a much higher brake per account over every address (guessing from
 * many places). The address is normalised as sign-in reads it. Over a limit, the login
 * page says so in the reader's language; no password is checked.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final RateLimiter rateLimiter;

	private final int perAccount;

	private final int perAddress;

	private final int perAccountEverywhere;

	LoginRateLimitFilter(RateLimiter rateLimiter, int perAccount, int perAddress, int perAccountEverywhere) {
		this.rateLimiter = rateLimiter;
		this.perAccount = perAccount;
		this.perAddress = perAddress;
		this.perAccountEverywhere = perAccountEverywhere;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = Emails.normalise(request.getParameter("username"));
		String address = ClientAddress.of(request);
		boolean addressOk = rateLimiter.tryAcquire("login-ip:" + address, perAddress, WINDOW);
		boolean pairOk = rateLimiter.tryAcquire("login-user-ip:" + username + " " + address, perAccount, WINDOW);
		boolean accountOk = rateLimiter.tryAcquire("login-user:" + username, perAccountEverywhere, WINDOW);
		if (!addressOk || !pairOk || !accountOk) {
			response.sendRedirect(request.getContextPath() + "/login?limited");
			return;
		}
		chain.doFilter(request, response);
	}

}
