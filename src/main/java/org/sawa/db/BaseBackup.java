package org.sawa.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * An online physical copy of a PostgreSQL server whose data directory is on this machine
 * (the embedded one), taken with the server's own low-level API while it keeps serving:
 * {@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}, whose
 * backup label is written into the copy, and the write-ahead log from the backup's start
 * to its end, so that the copy is consistent on its own. A temporary replication slot
 * keeps that log from being recycled while the copy is made. PostgreSQL started on the
 * copy replays the log and opens the database as it was at the backup's end; with a
 * {@code standby.signal} it becomes a streaming replica instead. Only the default
 * tablespace is copied (Sawa creates no other).
 */
public final class BaseBackup {

	/** Files of the running server that a copy must not hold. */
	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
			"backup_label", "tablespace_map", "backup_manifest", "standby.signal", "recovery.signal");

	/** Directories whose contents are the running server's alone (kept empty). */
	private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

	/** Where the copy goes: a directory or an archive. Paths are relative, with '/'. */
	public interface Target {

		void directory(String path) throws IOException;

		/**
		 * The file's first {@code size} bytes (zeros if it has become shorter since its
		 * size was read: the log's replay truncates it again).
		 */
		void file(String path, Path source, long size) throws IOException;

		void bytes(String path, byte[] content) throws IOException;

	}

	/**
	 * What was copied: the log positions the copy is consistent between, and its size.
	 */
	public record Copied(String startLsn, String stopLsn, int files, long bytes) {
	}

	private BaseBackup() {
	}

	/**
	 * Copies the server {@code owner} (a superuser's connections) runs on into the
	 * target, the server serving meanwhile.
	 */
	public static Copied take(DataSource owner, Target target) throws IOException, SQLException {
		try (Connection connection = owner.getConnection()) {
			connection.setAutoCommit(true);
			Path data = Path.of(single(connection, "SHOW data_directory"));
			String slot = "sawa_backup_" + single(connection, "SELECT pg_backend_pid()::text");
			single(connection, "SELECT pg_create_physical_replication_slot('" + slot + "', true, true)::text");
			String start = single(connection, "SELECT pg_backup_start('sawa', true)::text");
			boolean stopped = false;
			try {
				Tally tally = new Tally();
				copy(data, target, tally);
				String stop;
				String label;
				try (Statement statement = connection.createStatement();
						ResultSet row = statement
							.executeQuery("SELECT lsn::text, labelfile FROM pg_backup_stop(false)")) {
					row.next();
					stop = row.getString(1);
					label = row.getString(2);
				}
				stopped = true;
				target.bytes("backup_label", label.getBytes(StandardCharsets.UTF_8));
				copyLog(connection, data, start, stop, target, tally);
				return new Copied(start, stop, tally.files, tally.bytes);
			}
			finally {
				if (!stopped) {
					// the pooled session must not stay in backup mode
					quietly(connection, "SELECT pg_backup_stop(false)");
				}
				quietly(connection, "SELECT pg_drop_replication_slot('" + slot + "')");
			}
		}
	}

	private static final class Tally {

		int files;

		long bytes;

		void add(long size) {
			files++;
			bytes += size;
		}

	}

	private static void copy(Path data, Target target, Tally tally) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(data)) {
			paths = walk.filter(path -> !path.equals(data)).sorted().toList();
		}
		for (Path path : paths) {
			Path relative = data.relativize(path);
			if (skipped(relative)) {
				continue;
			}
			String name = relative.toString().replace('\\', '/');
			try {
				if (Files.isDirectory(path)) {
					target.directory(name);
				}
				else if (Files.isRegularFile(path)) {
					long size = Files.size(path);
					target.file(name, path, size);
					tally.add(size);
				}
			}
			catch (NoSuchFileException gone) {
				// dropped while the copy was made: the log's replay drops it as well
			}
		}
		target.directory("pg_wal/archive_status");
	}

	static boolean skipped(Path relative) {
		String first = relative.getName(0).toString();
		String last = relative.getFileName().toString();
		if (relative.getNameCount() == 1) {
			return SKIPPED_FILES.contains(first);
		}
		return EMPTIED_DIRECTORIES.contains(first) || last.startsWith("pgsql_tmp");
	}

	/**
	 * The log segments from the backup's start to its end, and the timelines' history.
	 */
	private static void copyLog(Connection connection, Path data, String start, String stop, Target target, Tally tally)
			throws IOException, SQLException {
		String first = segment(connection, start);
		String last = segment(connection, stop);
		List<Path> needed = new ArrayList<>();
		try (Stream<Path> files = Files.list(data.resolve("pg_wal"))) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				boolean inRange = SEGMENT.matcher(name).matches() && name.compareTo(first) >= 0
						&& name.compareTo(last) <= 0;
				if (inRange || name.endsWith(".history")) {
					needed.add(file);
				}
			}
		}
		if (needed.stream().noneMatch(file -> file.getFileName().toString().equals(last))) {
			throw new IOException("The log segment " + last + " needed by the backup is not in " + data);
		}
		for (Path file : needed) {
			long size = Files.size(file);
			target.file("pg_wal/" + file.getFileName(), file, size);
			tally.add(size);
		}
	}

	private static String segment(Connection connection, String lsn) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_walfile_name(?::pg_lsn)")) {
			statement.setString(1, lsn);
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return row.getString(1);
			}
		}
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	private static void quietly(Connection connection, String sql) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException alreadyDone) {
			// nothing to undo
		}
	}

	/** Writes exactly {@code size} bytes of the file: shorter now, padded with zeros. */
	static void copyExactly(Path source, long size, OutputStream out) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long left = size;
		try (InputStream in = Files.newInputStream(source)) {
			while (left > 0) {
				int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (read < 0) {
					break;
				}
				out.write(buffer, 0, read);
				left -= read;
			}
		}
		Arrays.fill(buffer, (byte) 0);
		while (left > 0) {
			int chunk = (int) Math.min(buffer.length, left);
			out.write(buffer, 0, chunk);
			left -= chunk;
		}
	}

	/**
	 * A copy into a directory (a replica's, or a restore's), created 0700 as PostgreSQL
	 * wants.
	 */
	public static Target into(Path directory) throws IOException {
		Files.createDirectories(directory,
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		return new Target() {
			@Override
			public void directory(String path) throws IOException {
				Files.createDirectories(directory.resolve(path));
			}

			@Override
			public void file(String path, Path source, long size) throws IOException {
				try (OutputStream out = Files.newOutputStream(directory.resolve(path))) {
					copyExactly(source, size, out);
				}
			}

			@Override
			public void bytes(String path, byte[] content) throws IOException {
				Files.write(directory.resolve(path), content);
			}
		};
	}

}
