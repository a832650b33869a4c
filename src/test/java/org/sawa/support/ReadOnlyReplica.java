package org.sawa.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every test runs with a read replica configured (ADR 0038): the tests' own server, in
 * connections that refuse to write. Whatever a public read would write on a replica fails
 * in the test that makes it, so every page and API the tests reach is checked for it. A
 * real streaming replica, with its lag, is {@code ReplicaTest}'s.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReadOnlyReplica {

	@Bean(destroyMethod = "close")
	HikariDataSource replicaDataSource(EmbeddedPostgres server) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.getJdbcUrl("sawa_app", "postgres"));
		config.setUsername("sawa_app");
		config.setMaximumPoolSize(10);
		config.setInitializationFailTimeout(-1);
		config.setConnectionInitSql("SET default_transaction_read_only = on");
		config.setPoolName("sawa-test-read-only-replica");
		return new HikariDataSource(config);
	}

}
