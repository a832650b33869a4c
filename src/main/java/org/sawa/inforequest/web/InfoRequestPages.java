package org.sawa.inforequest.web;

import org.sawa.account.SawaUser;
import org.sawa.inforequest.InfoRequest;
import org.sawa.inforequest.InfoRequests;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who may see a request's page, for the controllers that show it and act on it. */
@Component
class InfoRequestPages {

	private final InfoRequests requests;

	InfoRequestPages(InfoRequests requests) {
		this.requests = requests;
	}

	/**
	 * The request, for its requester or an officer of its body; nobody else (the public
	 * archive shows published answers).
	 */
	InfoRequest visible(String reference, SawaUser user) {
		InfoRequest request = requests.byReference(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean requester = request.requesterId() != null && request.requesterId() == user.id();
		if (!requester && !requests.officer(user.id(), request)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return request;
	}

}
