package org.sawa.follow.web;

import org.sawa.account.SawaUser;
import org.sawa.follow.Follows;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a page's follow button shows, for templates ({@code @followButton.of(kind,
 * subject)}): whether the person signed in follows the subject, and how many do (shown to
 * staff and administrators only, as a count).
 */
@Component("followButton")
class FollowButton {

	/** The button's state. */
	record State(boolean signedIn, boolean following, long count, boolean staff) {
	}

	private final Follows follows;

	FollowButton(Follows follows) {
		this.follows = follows;
	}

	public State of(String kind, String subject) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		SawaUser user = auth != null && auth.getPrincipal() instanceof SawaUser u ? u : null;
		boolean staff = auth != null && auth.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_STAFF".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
		return new State(user != null, user != null && follows.following(user.id(), kind, subject),
				follows.count(kind, subject), staff);
	}

}
