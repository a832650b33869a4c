package org.sawa.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Photos people send (a broken water point, a road): JPEG or PNG only, read from the
 * bytes, decodable and of a sensible size, and cleaned of what they carry besides the
 * picture before anything is stored. A phone writes the place it stood (GPS), the time
 * and its own make into a photo's EXIF, XMP or text chunks; Sawa drops those segments
 * without re-encoding the picture, so the pixels are those the person sent.
 * <ul>
 * <li>JPEG: every APPn segment but APP0 (JFIF) and APP14 (Adobe colour transform), and
 * every comment, are removed; everything from the start of the scan on is kept as
 * is.</li>
 * <li>PNG: only the chunks that draw the picture are kept (IHDR, PLTE, IDAT, IEND, tRNS
 * and the colour chunks gAMA, cHRM, sRGB, iCCP, sBIT, pHYs); tEXt, zTXt, iTXt, eXIf, tIME
 * and anything unknown go.</li>
 * </ul>
 */
public final class Photos {

	/** The types a photo may be. */
	public static final Set<String> TYPES = Set.of(FileTypes.JPEG, FileTypes.PNG);

	/** More pixels than a phone's camera takes is refused (a decompression bomb). */
	static final long MAX_PIXELS = 50_000_000L;

	private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
			"iCCP", "sBIT", "pHYs");

	private Photos() {
	}

	/**
	 * The photo without its metadata; refused ({@code file.error.type}) when it is not a
	 * JPEG or PNG picture that decodes, or is too large in pixels ({@code tooLarge}).
	 */
	public static byte[] clean(byte[] content) {
		if (content == null || content.length == 0) {
			throw new FileRefused("empty");
		}
		String type = FileTypes.detect(content);
		byte[] cleaned;
		try {
			cleaned = switch (type) {
				case FileTypes.JPEG -> jpeg(content);
				case FileTypes.PNG -> png(content);
				default -> throw new FileRefused("type");
			};
		}
		catch (ArrayIndexOutOfBoundsException | IllegalArgumentException ex) {
			throw new FileRefused("type");
		}
		checkDecodes(cleaned);
		return cleaned;
	}

	/** Reads the picture's size and decodes it: a photo that does not is refused. */
	private static void checkDecodes(byte[] content) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new FileRefused("type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0) {
					throw new FileRefused("type");
				}
				if (pixels > MAX_PIXELS) {
					throw new FileRefused("tooLarge");
				}
				if (reader.read(0) == null) {
					throw new FileRefused("type");
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FileRefused refused) {
				throw refused;
			}
			throw new FileRefused("type");
		}
	}

	private static byte[] jpeg(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(0xff);
		out.write(0xd8);
		int i = 2;
		while (i + 4 <= in.length) {
			if ((in[i] & 0xff) != 0xff) {
				throw new IllegalArgumentException("not a marker");
			}
			int marker = in[i + 1] & 0xff;
			if (marker == 0xff) {
				// a fill byte before a marker
				i++;
				continue;
			}
			if (marker == 0xda) {
				// the scan and everything after it: the picture itself
				out.write(in, i, in.length - i);
				return out.toByteArray();
			}
			int length = ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
			if (length < 2 || i + 2 + length > in.length) {
				throw new IllegalArgumentException("segment past the end");
			}
			boolean metadata = (marker >= 0xe1 && marker <= 0xef && marker != 0xee) || marker == 0xfe;
			if (!metadata) {
				out.write(in, i, 2 + length);
			}
			i += 2 + length;
		}
		throw new IllegalArgumentException("no scan");
	}

	private static byte[] png(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8);
		int i = 8;
		while (i + 12 <= in.length) {
			long length = ((in[i] & 0xffL) << 24) | ((in[i + 1] & 0xff) << 16) | ((in[i + 2] & 0xff) << 8)
					| (in[i + 3] & 0xff);
			if (length > in.length - i - 12L) {
				throw new IllegalArgumentException("chunk past the end");
			}
			String name = new String(Arrays.copyOfRange(in, i + 4, i + 8), StandardCharsets.US_ASCII);
			int whole = 12 + (int) length;
			if (PNG_KEPT.contains(name)) {
				out.write(in, i, whole);
			}
			i += whole;
			if (name.equals("IEND")) {
				return out.toByteArray();
			}
		}
		throw new IllegalArgumentException("no end");
	}

}
