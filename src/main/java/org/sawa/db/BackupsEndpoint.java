package org.sawa.db;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The embedded database's backups on the management port (this machine only, by default):
 * {@code GET /actuator/backups} lists the archives, {@code POST} takes one now and
 * answers it once written.
 */
@Endpoint(id = "backups")
class BackupsEndpoint {

	private final Backups backups;

	BackupsEndpoint(Backups backups) {
		this.backups = backups;
	}

	@ReadOperation
	List<Backups.Archive> archives() {
		return backups.list();
	}

	@WriteOperation
	Backups.Archive take() {
		return backups.take();
	}

}
