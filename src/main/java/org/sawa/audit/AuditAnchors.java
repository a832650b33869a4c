package org.sawa.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.sawa.security.Hmac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The chain's heads, kept outside the database in an append-only file: after each
 * transaction that wrote to the log, one line with the chain's identity, the last entry's
 * number and hash, and a MAC of the line under the chain key. Whoever rewrites the
 * database, even as its superuser, cannot make an anchored entry say something else, nor
 * remove the anchored tail of the chain, without "verify" reporting it.
 */
class AuditAnchors {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

	/** One line of the file, read back: its MAC is checked when it is read. */
	record Anchor(String chain, long seq, String hash, boolean authentic) {
	}

	private final Path file;

	private final Hmac key;

	private final JdbcClient jdbc;

	/**
	 * The chain's identity, read once: the migration writes it and nothing changes it.
	 */
	private volatile String chainId;

	AuditAnchors(Path file, Hmac key, JdbcClient jdbc) {
		this.file = file;
		this.key = key;
		this.jdbc = jdbc;
	}

	/** This database's chain identity, written by the audit module's migration. */
	String chain() {
		if (chainId == null) {
			chainId = jdbc.sql("SELECT id::text FROM audit_chain").query(String.class).single();
		}
		return chainId;
	}

	/**
	 * Anchors the entry once the transaction that wrote it has committed; only the last
	 * entry of a transaction is anchored (it covers the ones before it).
	 */
	void afterCommit(AuditEntry entry) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		Object resource = TransactionSynchronizationManager.getResource(this);
		if (resource instanceof AuditEntry[] head) {
			head[0] = entry;
			return;
		}
		AuditEntry[] head = { entry };
		String chain = chain();
		TransactionSynchronizationManager.bindResource(this, head);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AuditAnchors.this);
				if (status == STATUS_COMMITTED) {
					write(chain, head[0]);
				}
			}

		});
	}

	private synchronized void write(String chain, AuditEntry entry) {
		String line = chain + " " + entry.seq() + " " + entry.hash();
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, line + " " + key.digest(line) + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			// the entry is committed; the next anchor covers it
			log.warn("Audit anchor for entry {} not written to {}", entry.seq(), file, ex);
		}
	}

	/** Every anchor in the file, in the order written. */
	/** The file as it is now (empty if no entry was anchored yet), for a backup. */
	synchronized byte[] content() {
		try {
			return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit anchors in " + file, ex);
		}
	}

	synchronized List<Anchor> read() {
		List<Anchor> anchors = new ArrayList<>();
		if (!Files.exists(file)) {
			return anchors;
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] parts = line.trim().split(" ");
				if (parts.length != 4 || !parts[1].matches("\\d{1,18}")) {
					anchors.add(new Anchor("", -1, "", false));
					continue;
				}
				String signed = parts[0] + " " + parts[1] + " " + parts[2];
				anchors
					.add(new Anchor(parts[0], Long.parseLong(parts[1]), parts[2], key.digest(signed).equals(parts[3])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit anchors in " + file, ex);
		}
		return anchors;
	}

}
