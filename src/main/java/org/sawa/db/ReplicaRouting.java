package org.sawa.db;

import java.sql.Connection;
import java.sql.SQLException;
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
				ReadRoute.replicaUsed();
				return connection;
			}
			catch (SQLException down) {
				health.failed(down);
			}
		}
		return super.getConnection();
	}

	ReplicaHealth health() {
		return health;
	}

}
