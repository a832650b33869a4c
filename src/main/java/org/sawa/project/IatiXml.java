package org.sawa.project;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.sawa.imports.ImportProblem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An IATI file read safely: checked against the official IATI 2.03 activity schema (every
 * error with its line, in the schema validator's words), then parsed into a DOM whose
 * elements remember their line. No DTD, no external entity, no schema the file names.
 */
final class IatiXml {

	/** At most this many schema errors are reported. */
	static final int MOST_ERRORS = 50;

	private static final Schema SCHEMA = load();

	private IatiXml() {
	}

	private static Schema load() {
		URL xsd = IatiXml.class.getResource("/iati/2.03/iati-activities-schema.xsd");
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			// Sawa's own schemas, which include each other by relative paths
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "all");
			return factory.newSchema(xsd);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("the IATI 2.03 schemas do not load", ex);
		}
	}

	/** The schema's errors in the file, each at its line; none when it is valid IATI. */
	static List<ImportProblem> validate(byte[] content) {
		List<ImportProblem> problems = new ArrayList<>();
		Validator validator = SCHEMA.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		}
		catch (SAXException ex) {
			throw new IllegalStateException(ex);
		}
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
			}

			@Override
			public void error(SAXParseException e) {
				if (problems.size() < MOST_ERRORS) {
					problems.add(new ImportProblem(e.getLineNumber(), "", "project.iati.schema", e.getMessage()));
				}
			}

			@Override
			public void fatalError(SAXParseException e) throws SAXParseException {
				throw e;
			}
		});
		try {
			validator.validate(new StreamSource(new ByteArrayInputStream(content)));
		}
		catch (SAXParseException e) {
			problems.add(new ImportProblem(Math.max(1, e.getLineNumber()), "", "project.iati.notXml", e.getMessage()));
		}
		catch (SAXException | IOException e) {
			problems.add(new ImportProblem(1, "", "project.iati.notXml", String.valueOf(e.getMessage())));
		}
		return problems;
	}

	/** The line an element starts on. */
	static int line(Element e) {
		Object line = e.getUserData("line");
		return line instanceof Integer n ? n : 0;
	}

	/** The document, its elements carrying their line; the file must be valid already. */
	static Document parse(byte[] content) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			factory.newSAXParser().parse(new ByteArrayInputStream(content), new Builder(doc));
			return doc;
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalStateException("a file the schema accepted does not parse", ex);
		}
	}

	/** Builds the DOM from SAX events, noting each element's line. */
	private static final class Builder extends DefaultHandler {

		private final Document doc;

		private final Deque<Element> open = new ArrayDeque<>();

		private final StringBuilder text = new StringBuilder();

		private Locator locator;

		Builder(Document doc) {
			this.doc = doc;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String local, String qName, Attributes attributes) {
			flush();
			Element e = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				String ns = attributes.getURI(i);
				e.setAttributeNS(ns.isEmpty() ? null : ns, attributes.getQName(i), attributes.getValue(i));
			}
			e.setUserData("line", locator == null ? 0 : locator.getLineNumber(), null);
			if (open.isEmpty()) {
				doc.appendChild(e);
			}
			else {
				open.peek().appendChild(e);
			}
			open.push(e);
		}

		@Override
		public void endElement(String uri, String local, String qName) {
			flush();
			open.pop();
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			text.append(ch, start, length);
		}

		private void flush() {
			if (!text.isEmpty() && !open.isEmpty()) {
				open.peek().appendChild(doc.createTextNode(text.toString()));
			}
			text.setLength(0);
		}

	}

}
