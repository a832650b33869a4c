package org.sawa.web;

import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * Staff pages a module offers in the menu to those who have them (an information
 * officer's queue, for instance), so that work waiting for a person is one tap away on
 * every page. Each module that has such pages declares a bean of this type; the layout
 * shows the links of every bean for the person signed in.
 */
public interface StaffMenu {

	/** The menu links for the person signed in; none when they have no such page. */
	List<Link> links(Authentication signedIn);

	/** A menu link: its label (a message key of the module's bundle) and path. */
	record Link(String labelKey, String href) {
	}

}
