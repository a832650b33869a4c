package org.sawa.db;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Online backups of the embedded database (ADR 0038): each one archive,
 * {@code sawa-backup-<time>.tar.gz}, holding {@code data/} (a {@link BaseBackup} of the
 * server, with the log that makes it consistent) and the {@link BackupPart}s the modules
 * keep outside the database. Restoring is extracting the archive and starting Sawa on its
 * {@code data} folder (README, "Backups"). The newest {@code keep} archives are kept.
 */
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String PREFIX = "sawa-backup-";

	private static final String SUFFIX = ".tar.gz";

	/** One archive in the backup folder. */
	public record Archive(String name, long bytes, Instant written) {
	}

	private final DataSource owner;

	private final Path directory;

	private final int keep;

	private final Clock clock;

	private final ObjectProvider<BackupPart> parts;

	Backups(DataSource owner, Path directory, int keep, Clock clock, ObjectProvider<BackupPart> parts) {
		this.owner = owner;
		this.directory = directory;
		this.keep = keep;
		this.clock = clock;
		this.parts = parts;
	}

	/**
	 * Takes a backup while Sawa keeps serving and answers its archive's name and size.
	 * Written under a temporary name and renamed when complete: an archive in the folder
	 * is whole.
	 */
	public synchronized Archive take() {
		try {
			Files.createDirectories(directory);
			String stamp = STAMP.format(clock.instant());
			Path archive = directory.resolve(PREFIX + stamp + SUFFIX);
			for (int n = 2; Files.exists(archive); n++) {
				archive = directory.resolve(PREFIX + stamp + "-" + n + SUFFIX);
			}
			Path partial = archive.resolveSibling(archive.getFileName() + ".part");
			BaseBackup.Copied copied;
			try (OutputStream file = Files.newOutputStream(partial);
					OutputStream gzip = new GZIPOutputStream(file, 64 * 1024) {
						{
							def.setLevel(Deflater.BEST_SPEED);
						}
					};
					TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
				tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
				tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
				// read before the copy: each names only what the copy holds
				Map<String, byte[]> outside = new LinkedHashMap<>();
				parts.orderedStream().forEach(part -> outside.put(part.name(), part.content()));
				BaseBackup.Target target = into(tar, "data/");
				target.directory("");
				copied = BaseBackup.take(owner, target);
				BaseBackup.Target beside = into(tar, "");
				for (Map.Entry<String, byte[]> part : outside.entrySet()) {
					beside.bytes(part.getKey(), part.getValue());
				}
			}
			Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
			log.info("Backup {} written: {} files, {} bytes before compression, log {} to {}", archive, copied.files(),
					copied.bytes(), copied.startLsn(), copied.stopLsn());
			prune();
			return describe(archive);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The backup could not be written to " + directory, ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The database refused the backup", ex);
		}
	}

	/** The archives in the folder, newest first. */
	public List<Archive> list() {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> isArchive(file.getFileName().toString()))
				.map(Backups::describe)
				.sorted(Comparator.comparing(Archive::name).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isArchive(String name) {
		return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
	}

	private static Archive describe(Path file) {
		try {
			return new Archive(file.getFileName().toString(), Files.size(file),
					Files.getLastModifiedTime(file).toInstant());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void prune() throws IOException {
		List<Archive> archives = list();
		for (Archive old : archives.subList(Math.min(keep, archives.size()), archives.size())) {
			Files.deleteIfExists(directory.resolve(old.name()));
			log.info("Backup {} removed: the newest {} are kept", old.name(), keep);
		}
	}

	/** Entries in the archive under the prefix: folders 0700, files 0600. */
	private static BaseBackup.Target into(TarArchiveOutputStream tar, String prefix) {
		return new BaseBackup.Target() {
			@Override
			public void directory(String path) throws IOException {
				TarArchiveEntry entry = new TarArchiveEntry(prefix + (path.isEmpty() ? "" : path + "/"));
				entry.setMode(TarArchiveEntry.DEFAULT_DIR_MODE & ~0077);
				tar.putArchiveEntry(entry);
				tar.closeArchiveEntry();
			}

			@Override
			public void file(String path, Path source, long size) throws IOException {
				TarArchiveEntry entry = new TarArchiveEntry(prefix + path);
				entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~0077);
				entry.setSize(size);
				tar.putArchiveEntry(entry);
				BaseBackup.copyExactly(source, size, tar);
				tar.closeArchiveEntry();
			}

			@Override
			public void bytes(String path, byte[] content) throws IOException {
				TarArchiveEntry entry = new TarArchiveEntry(prefix + path);
				entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~0077);
				entry.setSize(content.length);
				tar.putArchiveEntry(entry);
				tar.write(content);
				tar.closeArchiveEntry();
			}
		};
	}

}
