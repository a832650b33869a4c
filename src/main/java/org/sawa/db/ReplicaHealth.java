package org.sawa.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the replica may serve: it answers, and it has replayed the primary's log to
 * within {@code maxLagBytes}. Checked at most once per interval, by the request that
 * finds the last check old; a replica that refused a connection waits a whole interval.
 */
class ReplicaHealth {

	private static final Logger log = LoggerFactory.getLogger(ReplicaHealth.class);

	private final DataSource primary;

	private final DataSource replica;

	private final long maxLagBytes;

	private final long intervalNanos;

	private final AtomicBoolean checking = new AtomicBoolean();

	private volatile boolean usable;

	private volatile long nextCheck;

	ReplicaHealth(DataSource primary, DataSource replica, long maxLagBytes, Duration interval) {
		this.primary = primary;
		this.replica = replica;
		this.maxLagBytes = maxLagBytes;
		this.intervalNanos = interval.toNanos();
		this.nextCheck = System.nanoTime();
	}

	boolean usable() {
		long now = System.nanoTime();
		if (now - nextCheck >= 0 && checking.compareAndSet(false, true)) {
			try {
				check();
			}
			finally {
				nextCheck = System.nanoTime() + intervalNanos;
				checking.set(false);
			}
		}
		return usable;
	}

	void failed(SQLException down) {
		if (usable) {
			log.warn("The read replica refused a connection; the primary serves for now: {}", down.getMessage());
		}
		usable = false;
		nextCheck = System.nanoTime() + intervalNanos;
	}

	private void check() {
		try {
			String replayed;
			boolean standby;
			try (Connection connection = replica.getConnection();
					Statement statement = connection.createStatement();
					ResultSet row = statement
						.executeQuery("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text")) {
				row.next();
				standby = row.getBoolean(1);
				replayed = row.getString(2);
			}
			long lag = 0;
			if (standby && replayed != null) {
				try (Connection connection = primary.getConnection();
						Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
					row.next();
					lag = Math.max(0, lsn(row.getString(1)) - lsn(replayed));
				}
			}
			boolean wasUsable = usable;
			usable = lag <= maxLagBytes;
			if (wasUsable && !usable) {
				log.warn("The read replica is {} bytes of log behind the primary; the primary serves for now", lag);
			}
			else if (!wasUsable && usable) {
				log.info("The read replica serves public reads ({} bytes of log behind)", lag);
			}
		}
		catch (SQLException down) {
			failed(down);
		}
	}

	/** A log position ({@code 16/B374D848}) as a number of bytes. */
	static long lsn(String text) {
		int slash = text.indexOf('/');
		return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
	}

}
