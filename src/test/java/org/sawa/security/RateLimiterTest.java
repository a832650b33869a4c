package org.sawa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

@SawaTest
class RateLimiterTest {

	@Autowired
	RateLimiter limiter;

	@Test
	void allows_up_to_the_limit_in_a_window_then_refuses_and_keys_are_independent() {
		String key = "test:" + UUID.randomUUID();
		String other = "test:" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire(key, 3, Duration.ofHours(1))).isTrue();
		}
		assertThat(limiter.tryAcquire(key, 3, Duration.ofHours(1))).isFalse();
		assertThat(limiter.tryAcquire(other, 3, Duration.ofHours(1))).isTrue();
	}

}
