package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.lang.reflect.Field;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the JVM was killed, its embedded PostgreSQL keeps running and holds the data
 * directory; the next start stops it and starts on the same data, which is intact.
 */
class LeftoverServerTest {

	@TempDir
	Path data;

	@Test
	void a_server_left_by_a_killed_run_is_stopped_and_the_next_start_finds_the_data() throws Exception {
		EmbeddedPostgres first = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setServerConfig("fsync", "on")
			.start();
		try (Connection c = first.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('signature')");
		}
		long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		// the JVM that started it is "killed": its lock on the directory goes, the server
		// stays
		release(first);
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

		assertThat(EmbeddedDatabase.stopLeftover(data)).isTrue();
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		assertThat(EmbeddedDatabase.stopLeftover(data)).as("nothing left to stop").isFalse();

		EmbeddedPostgres next = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
		try (Connection c = next.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("signature");
		}
		finally {
			next.close();
		}
	}

	private static void release(EmbeddedPostgres server) throws Exception {
		Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
		lock.setAccessible(true);
		((FileLock) lock.get(server)).release();
		Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
		stream.setAccessible(true);
		((FileOutputStream) stream.get(server)).close();
	}

}
