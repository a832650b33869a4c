package org.sawa.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tests' PostgreSQL as its owner sees it: what a test does to the server (its
 * settings, a second database, a change by hand, a kill) is not the application's role to
 * do.
 */
public class Owner {

	private final JdbcClient jdbc;

	Owner(@Qualifier("owner") DataSource owner) {
		this.jdbc = JdbcClient.create(owner);
	}

	/** Statements as the schema's owner. */
	public JdbcClient jdbc() {
		return jdbc;
	}

	/** The port PostgreSQL listens on (for a second node). */
	public int port() {
		return Integer.parseInt(jdbc.sql("SHOW port").query(String.class).single());
	}

	/** The server's main process, read from its data directory: to kill it. */
	public ProcessHandle postmaster() throws IOException {
		Path data = Path.of(jdbc.sql("SHOW data_directory").query(String.class).single());
		long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		return ProcessHandle.of(pid).orElseThrow();
	}

}
