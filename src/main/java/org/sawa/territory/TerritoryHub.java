package org.sawa.territory;

import java.util.List;

/**
 * What a module offers on a territory's page, so that the page is the way into everything
 * Sawa holds for a place (its council, petitions, information body, commitments, reports,
 * figures) without the territory module knowing the others: each module that has
 * something for a territory declares a bean of this type, and the page shows its links in
 * {@link #order()}. A module with nothing for this territory returns no link, so the page
 * never offers what does not exist.
 */
public interface TerritoryHub {

	/** The links this module offers for the territory, most useful first. */
	List<Link> links(Territory territory);

	/** Where the module's links stand on the page: lower first. */
	int order();

	/**
	 * A link: its label and an optional line under it ({@code detailKey} with one
	 * argument: a count, written with the reader's digit grouping, or a text such as a
	 * year, written as it is), both message keys of the module's bundle.
	 */
	record Link(String labelKey, String href, String detailKey, Long count, String text) {

		public static Link of(String labelKey, String href) {
			return new Link(labelKey, href, null, null, null);
		}

		public static Link counted(String labelKey, String href, String detailKey, long count) {
			return new Link(labelKey, href, detailKey, count, null);
		}

		public static Link described(String labelKey, String href, String detailKey, String text) {
			return new Link(labelKey, href, detailKey, null, text);
		}
	}

}
