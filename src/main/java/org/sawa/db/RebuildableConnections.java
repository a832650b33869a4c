package org.sawa.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A second, small pool of connections to the primary that do not wait for the disk when
 * they commit (issue 23, ADR 0034's addendum). The transactions whose writes can be
 * rebuilt ({@link AsyncCommit#applies}) take their connection from it, so that they no
 * longer send {@code SET LOCAL synchronous_commit TO OFF} first: one round trip less for
 * each of them (a signature has four: the session's write, the event registry's two
 * marks, the lens's fact). The setting is given when the connection is opened
 * (PostgreSQL's {@code options} startup parameter), so nothing a transaction does can
 * lose it, and no connection of the application's own pool ever has it.
 * <p>
 * {@code sawa.datasource.rebuildable-pool-size} (default 10) sizes the pool; 0 keeps one
 * pool and the {@code SET LOCAL} per transaction, as behind a pooler that shares one
 * server connection between clients transaction by transaction (PgBouncer's transaction
 * mode), where a connection's own setting would reach other clients' transactions.
 */
@Configuration(proxyBeanMethods = false)
class RebuildableConnections {

	@Bean
	static BeanPostProcessor rebuildableConnectionsPostProcessor() {
		return new Wrapping();
	}

	/**
	 * Whether {@code dataSource} gives rebuildable transactions connections of their own,
	 * which do not wait for the disk already.
	 */
	static boolean given(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(Routing.class);
		}
		catch (SQLException unknown) {
			return false;
		}
	}

	/**
	 * Runs {@code work} (a transaction's beginning) with the connection it asks for taken
	 * from the rebuildable pool.
	 */
	static void taking(Runnable work) {
		Routing.ASKING.set(Boolean.TRUE);
		try {
			work.run();
		}
		finally {
			Routing.ASKING.remove();
		}
	}

	/**
	 * The application's data source: the connection asked for inside {@link #taking}
	 * comes from the rebuildable pool, every other from the data source it wraps.
	 */
	static class Routing extends DelegatingDataSource {

		private static final ThreadLocal<Boolean> ASKING = new ThreadLocal<>();

		private final HikariDataSource rebuildable;

		Routing(DataSource target, HikariDataSource rebuildable) {
			super(target);
			this.rebuildable = rebuildable;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return Boolean.TRUE.equals(ASKING.get()) ? rebuildable.getConnection() : super.getConnection();
		}

	}

	/**
	 * Wraps the bean {@code dataSource} once it is made, when it is a Hikari pool, and
	 * closes the second pool as the context destroys that bean (Spring destroys the bean
	 * as it was made, not its wrapper).
	 */
	static class Wrapping implements DestructionAwareBeanPostProcessor, EnvironmentAware {

		private Environment environment;

		private volatile HikariDataSource made;

		@Override
		public boolean requiresDestruction(Object bean) {
			return bean instanceof DataSource;
		}

		@Override
		public void postProcessBeforeDestruction(Object bean, String name) {
			HikariDataSource pool = made;
			if ("dataSource".equals(name) && pool != null) {
				pool.close();
			}
		}

		@Override
		public void setEnvironment(Environment environment) {
			this.environment = environment;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
			if (!"dataSource".equals(name) || !(bean instanceof DataSource dataSource) || given(dataSource)) {
				return bean;
			}
			int size = Binder.get(environment).bind("sawa.datasource.rebuildable-pool-size", Integer.class).orElse(10);
			HikariDataSource primary;
			try {
				primary = dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class)
						: null;
			}
			catch (SQLException unknown) {
				primary = null;
			}
			// a pool opened from a URL (Spring Boot's and the embedded database's): its
			// settings are the primary's but for its name, size and the one option
			if (size <= 0 || primary == null || primary.getJdbcUrl() == null) {
				return bean;
			}
			HikariConfig config = new HikariConfig();
			config.setJdbcUrl(primary.getJdbcUrl());
			if (primary.getDriverClassName() != null) {
				config.setDriverClassName(primary.getDriverClassName());
			}
			config.setUsername(primary.getUsername());
			config.setPassword(primary.getPassword());
			Properties properties = new Properties();
			properties.putAll(primary.getDataSourceProperties());
			// given at the connection's start: no statement is needed in its transactions
			properties.setProperty("options", "-c synchronous_commit=off");
			config.setDataSourceProperties(properties);
			config.setConnectionInitSql(primary.getConnectionInitSql());
			config.setSchema(primary.getSchema());
			config.setConnectionTimeout(primary.getConnectionTimeout());
			config.setValidationTimeout(primary.getValidationTimeout());
			config.setMaxLifetime(primary.getMaxLifetime());
			config.setKeepaliveTime(primary.getKeepaliveTime());
			config.setIdleTimeout(primary.getIdleTimeout());
			config.setInitializationFailTimeout(-1);
			config.setPoolName(primary.getPoolName() + "-rebuildable");
			config.setMaximumPoolSize(size);
			config.setMinimumIdle(Math.min(size, 2));
			made = new HikariDataSource(config);
			return new Routing(dataSource, made);
		}

	}

}
