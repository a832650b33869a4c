/**
 * Database infrastructure: the embedded PostgreSQL that serves as the zero-setup default
 * datasource when no {@code spring.datasource.url} is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database infrastructure")
package org.sawa.db;
