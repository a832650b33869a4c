package org.sawa.capacity.internal;

import org.sawa.account.SawaUser;
import org.sawa.capacity.Mentoring;
import org.sawa.capacity.Programme;
import org.sawa.capacity.Programmes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may keep a programme's records: its programme officers (on one of its territories)
 * and administrators.
 */
@Component
public class CapacityAccess {

	private final Mentoring mentoring;

	private final Programmes programmes;

	CapacityAccess(Mentoring mentoring, Programmes programmes) {
		this.mentoring = mentoring;
		this.programmes = programmes;
	}

	/** The programme of a code, or "not found". */
	public Programme programme(String code) {
		return programmes.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The programme of a code, for its officers only. */
	public Programme officerOf(String code, SawaUser user) {
		Programme programme = programme(code);
		requireOfficer(user, programme);
		return programme;
	}

	public boolean isOfficer(SawaUser user, Programme programme) {
		return user != null && mentoring.isOfficer(user.id(), programme);
	}

	void requireOfficer(SawaUser user, Programme programme) {
		if (!isOfficer(user, programme)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
