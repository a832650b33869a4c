package org.sawa.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What readiness asks of the database (health contributor {@code primaryDatabase}): a
 * query on the application's own connections, which go to the primary. Not the owner's
 * pool of the embedded database (migrations and backups; a probe waited its 30 s for a
 * connection while the database was down), and not a replica: one that is down is left
 * aside by the reads (ADR 0038) and must not take every node out of service. The name is
 * the same whatever data sources a deployment has, where Spring Boot's {@code db} is one
 * contributor or several.
 */
@Configuration(proxyBeanMethods = false)
class PrimaryDatabaseHealth {

	@Bean
	DataSourceHealthIndicator primaryDatabaseHealthIndicator(@Qualifier("dataSource") DataSource dataSource) {
		return new DataSourceHealthIndicator(dataSource, "SELECT 1");
	}

}
