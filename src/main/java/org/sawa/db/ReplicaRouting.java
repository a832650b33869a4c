package org.sawa.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source when a read replica is configured: connections come from
 * the primary, except those {@link ReadRoute} allows on the replica while the replica is
 * {@link ReplicaHealth usable}. A replica that refuses a connection is left aside for a
 * while and the primary serves.
 */
public class ReplicaRouting extends DelegatingDataSource {

	private final DataSource replica;

	private final ReplicaHealth health;

	private final LongAdder fromReplica = new LongAdder();

	private final LongAdder fromPrimary = new LongAdder();

	ReplicaRouting(DataSource primary, DataSource replica, ReplicaHealth health) {
		super(primary);
		this.replica = replica;
		this.health = health;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (ReadRoute.mayUseReplica() && health.usable()) {
			try {
				Connection connection = replica.getConnection();
				fromReplica.increment();
				ReadRoute.replicaUsed();
				return connection;
			}
			catch (SQLException down) {
				health.failed(down);
			}
		}
		fromPrimary.increment();
		return super.getConnection();
	}

	/** Connections handed out from the replica since start (a metric). */
	public long fromReplica() {
		return fromReplica.sum();
	}

	/** Connections handed out from the primary since start (a metric). */
	public long fromPrimary() {
		return fromPrimary.sum();
	}

	DataSource replica() {
		return replica;
	}

	ReplicaHealth health() {
		return health;
	}

}
