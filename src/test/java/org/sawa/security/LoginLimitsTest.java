package org.sawa.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Sign-in limits as people meet them: a stranger guessing from one place is stopped there
 * and cannot lock the owner out of their account; padding the address with spaces or
 * capitals is the same account; guessing from many places meets the account's brake.
 */
@SawaTest
class LoginLimitsTest {

	@Autowired
	RateLimiter rateLimiter;

	/** Three tries per account and address, many per address, ten per account overall. */
	private LoginRateLimitFilter filter() {
		return new LoginRateLimitFilter(rateLimiter, 3, 1000, 10);
	}

	/** Whether the attempt reached the password check (false: refused as limited). */
	private boolean attempt(String username, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setServletPath("/login");
		request.setRemoteAddr(address);
		request.addParameter("username", username);
		request.addParameter("password", "a guess");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter().doFilter(request, response, chain);
		return chain.getRequest() != null;
	}

	@Test
	void a_stranger_is_stopped_where_they_guess_and_the_owner_still_signs_in() throws Exception {
		String owner = "lockout.owner@example.ma";
		for (int i = 0; i < 3; i++) {
			assertThat(attempt(owner, "203.0.113.7")).isTrue();
		}
		assertThat(attempt(owner, "203.0.113.7")).as("the stranger's fourth guess").isFalse();
		assertThat(attempt("  Lockout.Owner@Example.MA ", "203.0.113.7")).as("the same account, padded").isFalse();
		assertThat(attempt(owner, "198.51.100.2")).as("the owner, from home").isTrue();
	}

	@Test
	void guessing_one_account_from_many_places_meets_its_brake() throws Exception {
		String target = "brake.target@example.ma";
		int allowed = 0;
		for (int place = 1; place <= 12; place++) {
			if (attempt(target, "192.0.2." + place)) {
				allowed++;
			}
		}
		assertThat(allowed).isEqualTo(10);
	}

}
