package org.sawa.db;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Which requests a read replica may serve (ADR 0038): a GET or HEAD by someone not signed
 * in whose browser has not changed anything in the last moments ({@link RecentChanges}).
 * A signed-in person's pages, every form sent and what follows it are read from the
 * primary, so each sees what they have just done (read-your-writes); with no replica
 * configured nothing is done. Runs after Spring Security's filters, which know who is
 * signed in.
 */
@Component
class ReplicaReads extends OncePerRequestFilter {

	private final ReplicaRouting routing;

	ReplicaReads(DataSource dataSource) {
		this.routing = dataSource instanceof ReplicaRouting replicas ? replicas : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (routing == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!RecentChanges.reads(request) || RecentChanges.justChanged(request) || RecentChanges.signedIn()) {
			chain.doFilter(request, response);
			return;
		}
		ReadRoute.beginPublicRead();
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			SQLException lost = ReadRoute.usedReplica() ? connectionLost(failure) : null;
			if (lost == null || response.isCommitted()) {
				throw failure;
			}
			// the replica went away under this read (a pooled connection it closed): the
			// same read again, on the primary, and the replica left aside until it
			// answers
			routing.health().failed(lost);
			ReadRoute.endPublicRead();
			response.reset();
			chain.doFilter(request, response);
		}
		finally {
			ReadRoute.endPublicRead();
		}
	}

	/** The failure's cause if it is a lost connection (SQL states 08..., 57P...). */
	static SQLException connectionLost(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return sql;
			}
		}
		return null;
	}

}
