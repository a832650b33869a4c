package org.sawa.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes; comma or
 * semicolon separator detected from the header; UTF-8 with or without BOM), streaming one
 * record at a time so that a file of millions of rows is never held in memory.
 */
public final class Csv {

	/** A data record with its 1-based line number in the file (the header is line 1). */
	public record Row(long line, Map<String, Integer> header, List<String> values) {

		public String get(String column) {
			Integer index = header.get(column);
			if (index == null || index >= values.size()) {
				return "";
			}
			return values.get(index).trim();
		}

		public boolean has(String column) {
			return header.containsKey(column);
		}
	}

	/** The file is not UTF-8, or its header lacks required columns. */
	public static final class MalformedFile extends RuntimeException {

		private final String messageKey;

		private final Object[] arguments;

		public MalformedFile(String messageKey, Object... arguments) {
			super(messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		public String messageKey() {
			return messageKey;
		}

		public Object[] arguments() {
			return arguments;
		}

	}

	private Csv() {
	}

	/** What a spreadsheet runs as a formula when a cell starts with it (OWASP). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	/** A number as written in a cell: left as it is, a minus sign included. */
	private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?([eE][+-]?[0-9]+)?");

	/**
	 * One cell of a CSV Sawa publishes: quoted when it holds a separator, a quote or a
	 * line break (RFC 4180), and defused when it is text a spreadsheet would run as a
	 * formula (starting with {@code = + - @}, a tab or a carriage return): it is written
	 * after a single quote, so the spreadsheet shows it as text (OWASP's rule for CSV
	 * injection). A number keeps its sign. {@link #undefuse} reads it back.
	 */
	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = value;
		if (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
			text = "'" + text;
		}
		boolean plain = text.chars().noneMatch(ch -> ch == ',' || ch == ';' || ch == '"' || ch == '\n' || ch == '\r');
		return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
	}

	/**
	 * A cell of a CSV Sawa published, as it was before {@link #cell} defused it: the
	 * single quote before a formula character is taken off, so an exported file imports
	 * back unchanged.
	 */
	public static String undefuse(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
				? value.substring(1) : value;
	}

	/**
	 * Reads the header, checks that every required column is present, then hands each
	 * record to {@code consumer}. Blank lines are skipped.
	 */
	public static List<String> read(InputStream input, List<String> requiredColumns, Consumer<Row> consumer) {
		Reader reader = new InputStreamReader(input,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		try {
			Parser parser = new Parser(reader);
			List<String> headerValues = parser.next();
			if (headerValues == null) {
				throw new MalformedFile("import.error.empty");
			}
			Map<String, Integer> header = new HashMap<>();
			List<String> columns = new ArrayList<>();
			for (int i = 0; i < headerValues.size(); i++) {
				String name = headerValues.get(i).trim().toLowerCase(Locale.ROOT);
				if (i == 0 && name.startsWith("\uFEFF")) {
					name = name.substring(1);
				}
				header.put(name, i);
				columns.add(name);
			}
			for (String required : requiredColumns) {
				if (!header.containsKey(required)) {
					throw new MalformedFile("import.error.missingColumn", required);
				}
			}
			List<String> values;
			while ((values = parser.next()) != null) {
				if (values.size() == 1 && values.get(0).isBlank()) {
					continue;
				}
				consumer.accept(new Row(parser.recordLine, header, values));
			}
			return columns;
		}
		catch (CharacterCodingException ex) {
			throw new MalformedFile("import.error.encoding");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Parser {

		private final Reader reader;

		private final StringBuilder field = new StringBuilder();

		private long line = 1;

		private long recordLine = 1;

		private int pushedBack = -2;

		private Character separator;

		Parser(Reader reader) {
			this.reader = new BufferedReader(reader, 1 << 16);
		}

		private int read() throws IOException {
			if (pushedBack != -2) {
				int c = pushedBack;
				pushedBack = -2;
				return c;
			}
			return reader.read();
		}

		List<String> next() throws IOException {
			List<String> values = new ArrayList<>();
			field.setLength(0);
			recordLine = line;
			int c = read();
			if (c == -1) {
				return null;
			}
			boolean quoted = false;
			boolean fieldStart = true;
			while (true) {
				if (c == -1) {
					values.add(field.toString());
					return values;
				}
				char ch = (char) c;
				if (quoted) {
					if (ch == '"') {
						int n = read();
						if (n == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							pushedBack = n;
						}
					}
					else {
						if (ch == '\n') {
							line++;
						}
						field.append(ch);
					}
				}
				else if (ch == '"' && fieldStart) {
					quoted = true;
					fieldStart = false;
				}
				else if (isSeparator(ch)) {
					values.add(field.toString());
					field.setLength(0);
					fieldStart = true;
				}
				else if (ch == '\r' || ch == '\n') {
					if (ch == '\r') {
						int n = read();
						if (n != '\n') {
							pushedBack = n;
						}
					}
					line++;
					values.add(field.toString());
					if (separator == null) {
						separator = ',';
					}
					return values;
				}
				else {
					field.append(ch);
					fieldStart = false;
				}
				c = read();
			}
		}

		private boolean isSeparator(char ch) {
			if (separator == null && (ch == ',' || ch == ';')) {
				separator = ch;
			}
			return separator != null && ch == separator;
		}

	}

}
