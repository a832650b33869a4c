package org.sawa.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window rate limits counted in PostgreSQL, so that the limit holds across any
 * number of application nodes. Each call counts one attempt and says whether it is
 * allowed.
 */
@Service
public class RateLimiter {

	private final Clock clock;

	private final JdbcClient jdbc;

	RateLimiter(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Counts one attempt under {@code key} and answers whether it stays within
	 * {@code limit} attempts per {@code window}. Runs in its own transaction: a refused
	 * user action still counts.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryAcquire(String key, int limit, Duration window) {
		long windowSeconds = window.toSeconds();
		long now = clock.instant().getEpochSecond();
		long windowStart = now - (now % windowSeconds);
		int count = jdbc.sql("""
				INSERT INTO rate_limit (bucket, window_start, hits) VALUES (:bucket, :start, 1)
				ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit.hits + 1
				RETURNING hits""").param("bucket", key).param("start", windowStart).query(Integer.class).single();
		return count <= limit;
	}

	/** Forgets windows older than a day. */
	@Transactional
	public int purgeOld() {
		return jdbc.sql("DELETE FROM rate_limit WHERE window_start < :cutoff")
			.param("cutoff", clock.instant().minus(Duration.ofDays(1)).getEpochSecond())
			.update();
	}

}
