package org.sawa.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}), Sawa runs on
 * a real PostgreSQL server started from the application itself; its data directory
 * survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean
	DataSource dataSource(@Value("${sawa.embedded-db.directory:./data}") Path directory,
			@Value("${sawa.embedded-db.port:0}") int port, @Value("${sawa.embedded-db.clean:false}") boolean clean,
			@Value("${sawa.embedded-db.pool-size:20}") int poolSize) {
		EmbeddedPostgres server = EmbeddedDatabase.start(directory, port, clean);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("sawa-embedded");
		return new HikariDataSource(config);
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}

	}

}
