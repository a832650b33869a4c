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

	/** Video in a WebM (Matroska) container. */
	public static final String WEBM = "video/webm";

	/** Video in an MP4 (ISO base media) container. */
	public static final String MP4 = "video/mp4";

	public static final String WAV = "audio/wav";

	public static final String OGG = "audio/ogg";

	public static final String MP3 = "audio/mpeg";

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
		String media = media(content);
		if (media != null) {
			return media;
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

	/** Audio and video containers, by their signatures; null for anything else. */
	private static String media(byte[] content) {
		if (startsWith(content, new byte[] { 0x1a, 0x45, (byte) 0xdf, (byte) 0xa3 })) {
			return WEBM;
		}
		if (content.length >= 12 && Arrays.equals(content, 4, 8, "ftyp".getBytes(StandardCharsets.US_ASCII), 0, 4)) {
			return MP4;
		}
		if (content.length >= 12 && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& Arrays.equals(content, 8, 12, "WAVE".getBytes(StandardCharsets.US_ASCII), 0, 4)) {
			return WAV;
		}
		if (startsWith(content, "OggS".getBytes(StandardCharsets.US_ASCII))) {
			return OGG;
		}
		boolean frame = content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xe0) == 0xe0;
		return startsWith(content, "ID3".getBytes(StandardCharsets.US_ASCII)) || frame ? MP3 : null;
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
			case WEBM -> "webm";
			case MP4 -> "mp4";
			case WAV -> "wav";
			case OGG -> "ogg";
			case MP3 -> "mp3";
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
