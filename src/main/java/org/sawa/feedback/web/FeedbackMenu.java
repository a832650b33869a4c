package org.sawa.feedback.web;

import java.util.List;
import org.sawa.account.SawaUser;
import org.sawa.feedback.FeedbackQueues;
import org.sawa.web.StaffMenu;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Staff who answer reports, or sort them out of triage, find their queue in the menu. */
@Component
class FeedbackMenu implements StaffMenu {

	private final FeedbackQueues queues;

	FeedbackMenu(FeedbackQueues queues) {
		this.queues = queues;
	}

	@Override
	public List<Link> links(Authentication signedIn) {
		if (signedIn.getPrincipal() instanceof SawaUser user && queues.hasQueue(user.id())) {
			return List.of(new Link("nav.feedbackQueue", "/feedback/queue"));
		}
		return List.of();
	}

}
