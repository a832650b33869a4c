package org.sawa.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * A PostgreSQL streaming replica for public reads (ADR 0038), none by default: with
 * {@code sawa.datasource.replica-url} ({@code SAWA_DATASOURCE_REPLICA_URL}) set, the
 * application's data source becomes a {@link ReplicaRouting} over the primary and a pool
 * of the replica's connections. A bean named {@code replicaDataSource}, if one is
 * declared, is used as the replica instead of the URL.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

	static final String REPLICA_BEAN = "replicaDataSource";

	@Bean
	static BeanPostProcessor replicaRoutingPostProcessor() {
		return new Wrapping();
	}

	/**
	 * Wraps the bean {@code dataSource}, once it is made, when a replica is configured.
	 */
	static class Wrapping implements BeanPostProcessor, BeanFactoryAware, EnvironmentAware {

		private BeanFactory beans;

		private Environment environment;

		@Override
		public void setBeanFactory(BeanFactory beanFactory) {
			this.beans = beanFactory;
		}

		@Override
		public void setEnvironment(Environment environment) {
			this.environment = environment;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
			if (!"dataSource".equals(name) || !(bean instanceof DataSource primary) || bean instanceof ReplicaRouting) {
				return bean;
			}
			DataSource replica = beans.containsBean(REPLICA_BEAN) ? beans.getBean(REPLICA_BEAN, DataSource.class)
					: fromSettings(primary);
			if (replica == null) {
				return bean;
			}
			Binder settings = Binder.get(environment);
			long maxLag = settings.bind("sawa.datasource.replica-max-lag-bytes", Long.class).orElse(16L << 20);
			Duration every = settings.bind("sawa.datasource.replica-check-every", Duration.class)
				.orElse(Duration.ofSeconds(5));
			return new ReplicaRouting(primary, replica, new ReplicaHealth(primary, replica, maxLag, every));
		}

		private DataSource fromSettings(DataSource primary) {
			String url = environment.getProperty("sawa.datasource.replica-url", "");
			if (url.isBlank()) {
				return null;
			}
			HikariConfig config = new HikariConfig();
			config.setJdbcUrl(url);
			String user = environment.getProperty("sawa.datasource.replica-username",
					environment.getProperty("spring.datasource.username", ""));
			config.setUsername(
					user.isBlank() && primary instanceof HikariDataSource hikari ? hikari.getUsername() : user);
			config.setPassword(environment.getProperty("sawa.datasource.replica-password",
					environment.getProperty("spring.datasource.password", "")));
			config.setMaximumPoolSize(environment.getProperty("sawa.datasource.replica-pool-size", Integer.class, 10));
			config.setReadOnly(true);
			config.setInitializationFailTimeout(-1);
			// a replica that does not answer is left aside quickly: the primary serves
			config.setConnectionTimeout(2_000);
			config.setPoolName("sawa-replica");
			return new HikariDataSource(config);
		}

	}

}
