package org.sawa.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default {@link FileStorage}: the bytes in PostgreSQL, beside the data that refers
 * to them.
 */
@Service
class PostgresFileStorage implements FileStorage {

	private final JdbcClient jdbc;

	private final Clock clock;

	PostgresFileStorage(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public StoredFile store(String fileName, byte[] content, Set<String> acceptedTypes, long maxBytes) {
		if (content == null || content.length == 0) {
			throw new FileRefused("empty");
		}
		if (content.length > maxBytes) {
			throw new FileRefused("tooLarge");
		}
		String type = FileTypes.detect(content);
		if (!acceptedTypes.contains(type)) {
			throw new FileRefused("type");
		}
		String name = cleanName(fileName, type);
		String sha256 = sha256(content);
		long id = jdbc.sql("""
				INSERT INTO stored_file (file_name, content_type, size, sha256, content, stored_at)
				VALUES (:name, :type, :size, :sha, :content, :at) RETURNING id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("name", name)
			.param("type", type)
			.param("size", content.length)
			.param("sha", sha256)
			.param("content", content)
			.query(Long.class)
			.single();
		return new StoredFile(id, name, type, content.length, sha256);
	}

	@Override
	public Optional<StoredFile> describe(long id) {
		return jdbc.sql("SELECT id, file_name, content_type, size, sha256 FROM stored_file WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredFile(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
					rs.getLong("size"), rs.getString("sha256")))
			.optional();
	}

	@Override
	public Optional<byte[]> content(long id) {
		return jdbc.sql("SELECT content FROM stored_file WHERE id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional();
	}

	/**
	 * The name without any path, control characters or quotes; a name of the type's
	 * extension when nothing is left.
	 */
	static String cleanName(String fileName, String type) {
		String name = fileName == null ? ""
				: fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "document." + FileTypes.extension(type);
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
