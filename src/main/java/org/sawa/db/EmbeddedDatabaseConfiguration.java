package org.sawa.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}), Sawa runs on
 * a real PostgreSQL server started from the application itself; its data directory
 * survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	/** The role the application connects as (root migration V4 creates it). */
	static final String APPLICATION_ROLE = "sawa_app";

	/**
	 * The server, one per JVM ({@link EmbeddedDatabase}); it outlives a Spring context
	 * (the tests' contexts share it) and stops when the JVM exits, so the context does
	 * not close it.
	 */
	@Bean(destroyMethod = "")
	@DependsOn("embeddedDatabaseHold")
	EmbeddedPostgres embeddedPostgres(@Value("${sawa.embedded-db.directory:./data}") Path directory,
			@Value("${sawa.embedded-db.port:0}") int port, @Value("${sawa.embedded-db.clean:false}") boolean clean) {
		return EmbeddedDatabase.start(directory, port, clean);
	}

	/**
	 * This context's hold on the server ({@link EmbeddedDatabase.Hold}): the server
	 * depends on it, so it is released after every bean that uses the server is
	 * destroyed.
	 */
	@Bean
	EmbeddedDatabase.Hold embeddedDatabaseHold() {
		return EmbeddedDatabase.hold();
	}

	/**
	 * The application's connections, as {@code sawa_app}: it reads and writes the data
	 * but owns no table (root migration V4), so it may only append to the audit log. The
	 * pool connects on first use, once the migrations have created the role.
	 */
	@Bean
	@Primary
	DataSource dataSource(EmbeddedPostgres server, @Value("${sawa.embedded-db.pool-size:20}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.getJdbcUrl(APPLICATION_ROLE, "postgres"));
		config.setUsername(APPLICATION_ROLE);
		config.setMaximumPoolSize(poolSize);
		config.setInitializationFailTimeout(-1);
		// a request waits at most this long for a connection, and readiness says DOWN
		// as soon as the database does not answer
		config.setConnectionTimeout(10_000);
		config.setPoolName("sawa-embedded");
		return new HikariDataSource(config);
	}

	/**
	 * The owner's connections, for the migrations only (Flyway): the embedded server's
	 * superuser, which owns the schema.
	 */
	@Bean
	@FlywayDataSource
	@Qualifier("owner")
	DataSource ownerDataSource(EmbeddedPostgres server) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(2);
		config.setMinimumIdle(0);
		config.setPoolName("sawa-embedded-owner");
		return new HikariDataSource(config);
	}

	/** Online backups of this server (README, "Backups"). */
	@Bean
	Backups backups(@Qualifier("owner") DataSource owner, @Value("${sawa.backup.directory:./backups}") Path directory,
			@Value("${sawa.backup.keep:7}") int keep, Clock clock, ObjectProvider<BackupPart> parts) {
		return new Backups(owner, directory, keep, clock, parts);
	}

	@Bean
	BackupsEndpoint backupsEndpoint(Backups backups) {
		return new BackupsEndpoint(backups);
	}

	/** A backup every {@code sawa.backup.every} (none unless set), on one node. */
	@Bean
	@ConditionalOnProperty("sawa.backup.every")
	ScheduledBackups scheduledBackups(Backups backups) {
		return new ScheduledBackups(backups);
	}

	static class ScheduledBackups {

		private final Backups backups;

		ScheduledBackups(Backups backups) {
			this.backups = backups;
		}

		@Scheduled(initialDelayString = "${sawa.backup.every}", fixedDelayString = "${sawa.backup.every}")
		void take() {
			backups.take();
		}

	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}

	}

}
