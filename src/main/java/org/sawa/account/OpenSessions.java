package org.sawa.account;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * A person's open sessions, on every node: sessions live in PostgreSQL and are indexed by
 * the signed-in address (Spring Session's principal name). Revoking a role, resetting a
 * password and deleting an account end them, so no open page keeps powers the person no
 * longer has; a person may end their other sessions themselves.
 */
@Service
public class OpenSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	OpenSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** The ids of the person's open sessions. */
	private Map<String, ? extends Session> of(String email) {
		return sessions.findByPrincipalName(People.normalise(email));
	}

	/** How many sessions the person has open, this one included. */
	public int count(String email) {
		return of(email).size();
	}

	/** Ends every session of the person; answers how many were open. */
	public int endAll(String email) {
		return endAllBut(email, null);
	}

	/**
	 * Ends every session of the person but the one given (the one they are using);
	 * answers how many were ended.
	 */
	public int endAllBut(String email, String keptSessionId) {
		int ended = 0;
		for (String id : of(email).keySet()) {
			if (!id.equals(keptSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
