package org.sawa.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a file's type from its first bytes (and, for office documents, from the names
 * inside the zip archive), never from its name or from what the browser claims.
 */
public final class FileTypes {

	public static final String PDF = "application/pdf";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	public static final String TEXT = "text/plain";

	public static final String ODT = "application/vnd.oasis.opendocument.text";

	public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String ZIP = "application/zip";

	/** Web pages, SVG and other markup: text that a browser may run scripts from. */
	public static final String MARKUP = "text/html";

	public static final String UNKNOWN = "application/octet-stream";

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private FileTypes() {
	}

	public static String detect(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return PDF;
		}
		if (startsWith(content, PNG_MAGIC)) {
			return PNG;
		}
		if (startsWith(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return JPEG;
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return officeDocument(content);
		}
		if (!isText(content)) {
			return UNKNOWN;
		}
		return new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading().startsWith("<") ? MARKUP
				: TEXT;
	}

	/** The extension a type is saved with, for a download's file name. */
	public static String extension(String type) {
		return switch (type) {
			case PDF -> "pdf";
			case PNG -> "png";
			case JPEG -> "jpg";
			case TEXT -> "txt";
			case ODT -> "odt";
			case ODS -> "ods";
			case DOCX -> "docx";
			case XLSX -> "xlsx";
			default -> "bin";
		};
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static String officeDocument(byte[] content) {
		boolean contentTypes = false;
		boolean word = false;
		boolean sheet = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (name.equals("mimetype")) {
					String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
					if (declared.equals(ODT) || declared.equals(ODS)) {
						return declared;
					}
				}
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				sheet |= name.startsWith("xl/");
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return UNKNOWN;
		}
		if (contentTypes && word) {
			return DOCX;
		}
		return contentTypes && sheet ? XLSX : ZIP;
	}

	/**
	 * UTF-8 text without control characters other than tab and line ends (plain text,
	 * CSV).
	 */
	private static boolean isText(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
