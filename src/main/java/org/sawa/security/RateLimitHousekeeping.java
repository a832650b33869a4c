package org.sawa.security;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Old rate-limit windows are removed hourly; the delete is idempotent, so every node may
 * run it.
 */
@Component
class RateLimitHousekeeping {

	private final RateLimiter rateLimiter;

	RateLimitHousekeeping(RateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purge() {
		rateLimiter.purgeOld();
	}

}
