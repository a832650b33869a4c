package org.sawa.audit;

import org.sawa.db.BackupPart;
import org.springframework.stereotype.Component;

/**
 * The chain's anchors go into each backup of the embedded database, as they are when it
 * starts: a restored database verifies against the anchors of its own time (README,
 * "Backups"); against today's file it reports the entries written since as gone, which
 * they are.
 */
@Component
class AnchorsInBackups implements BackupPart {

	private final AuditLog log;

	AnchorsInBackups(AuditLog log) {
		this.log = log;
	}

	@Override
	public String name() {
		return "audit-anchors.log";
	}

	@Override
	public byte[] content() {
		return log.anchorsContent();
	}

}
