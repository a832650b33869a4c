package org.sawa.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session's last access is written at most once a minute (issue 23): Spring Session
 * JDBC updates the session's row at the end of every request, to move its last access and
 * expiry; this update leaves the row alone when nothing but a last access less than a
 * minute later has changed. A session therefore expires up to a minute earlier than its
 * eight hours of inactivity; a new session id (after signing in), a new timeout or a new
 * principal are written at once, as are the session's attributes (their own statements).
 */
@Configuration(proxyBeanMethods = false)
class SessionTouch {

	/** How much later a last access must be to be written, in milliseconds. */
	static final long GAP_MILLIS = 60_000;

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessOnceAMinute() {
		// the repository binds, in this order: session id, last access, timeout, expiry,
		// principal, primary key
		return repository -> repository.setUpdateSessionQuery("""
				UPDATE %TABLE_NAME% AS s
				SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access, MAX_INACTIVE_INTERVAL = v.timeout,
				    EXPIRY_TIME = v.expiry, PRINCIPAL_NAME = v.principal
				FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access,
				             CAST(? AS INT) AS timeout, CAST(? AS BIGINT) AS expiry,
				             CAST(? AS VARCHAR(100)) AS principal, CAST(? AS CHAR(36)) AS primary_id) AS v
				WHERE s.PRIMARY_ID = v.primary_id
				  AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.timeout
				       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal
				       OR v.last_access - s.LAST_ACCESS_TIME >= %d)""".replace("%d", String.valueOf(GAP_MILLIS)));
	}

}
