package org.sawa.capacity;

import org.sawa.account.SawaUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who may keep a programme's records: its programme officers (on one of its territories) and administrators. */
@Component
class CapacityAccess {

	private final Mentoring mentoring;

	CapacityAccess(Mentoring mentoring) {
		this.mentoring = mentoring;
	}

	boolean isOfficer(SawaUser user, Programme programme) {
		return user != null && mentoring.isOfficer(user.id(), programme);
	}

	void requireOfficer(SawaUser user, Programme programme) {
		if (!isOfficer(user, programme)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
