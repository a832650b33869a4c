package org.sawa.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads what Sawa's own IATI export carries in its namespace (see {@link IatiWriter}).
 */
final class IatiExtension {

	/** Where a problem found in the extension is reported. */
	interface Problems {

		void add(Element at, String key, Object... arguments);

	}

	private IatiExtension() {
	}

	static List<Element> all(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent == null) {
			return found;
		}
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && Iati.SAWA.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	static List<String> commitments(Element extension) {
		return all(extension, "commitment").stream().map(e -> e.getAttribute("code")).toList();
	}

	static List<ProjectData.Milestone> milestones(Element extension) {
		return all(extension, "milestone").stream()
			.map(e -> new ProjectData.Milestone(e.getAttribute("title"), IatiReader.integer(e, "weight"),
					IatiReader.date(e, "due"), IatiReader.date(e, "done")))
			.toList();
	}

	/** The figures, exact: a figure published as "fewer than five" cannot be imported. */
	static List<ProjectData.Figure> figures(Element extension, Problems problems) {
		List<ProjectData.Figure> figures = new ArrayList<>();
		for (Element e : all(extension, "figure")) {
			if (e.getAttribute("value").isEmpty()) {
				problems.add(e, "project.iati.hiddenFigure");
				continue;
			}
			int value = IatiReader.integer(e, "value");
			LocalDate asOf = IatiReader.date(e, "as-of");
			figures.add(new ProjectData.Figure(e.getAttribute("measure"), e.getAttribute("stage"),
					IatiReader.integer(e, "year"), e.getAttribute("sex"), e.getAttribute("age-band"),
					e.getAttribute("disability"), e.getAttribute("area"), value, asOf, e.getAttribute("source")));
		}
		return figures;
	}

}
