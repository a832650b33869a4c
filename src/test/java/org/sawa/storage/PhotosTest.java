package org.sawa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A phone's photo carries where it was taken: the GPS position in its EXIF (JPEG) or eXIf
 * and text chunks (PNG). What Sawa keeps has none of it, decodes to the same picture, and
 * a file that only pretends to be a photo is refused.
 */
public class PhotosTest {

	/** What a phone writes: an EXIF segment with a GPS position, and an XMP comment. */
	public static byte[] jpegWithLocation() throws IOException {
		byte[] plain = picture("jpg");
		byte[] exif = ("Exif\0\0GPSLatitude=32.3373N;GPSLongitude=6.3498W;Make=PhoneCo")
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] comment = "taken at Naour by Amina".getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		segment(out, 0xe1, exif);
		segment(out, 0xfe, comment);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
		out.write(0xff);
		out.write(marker);
		out.write((data.length + 2) >> 8);
		out.write((data.length + 2) & 0xff);
		out.write(data, 0, data.length);
	}

	public static byte[] picture(String format) throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			for (int y = 0; y < 30; y++) {
				image.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 120);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	@Test
	void a_jpeg_loses_its_exif_position_and_comment_and_keeps_its_picture() throws IOException {
		byte[] sent = jpegWithLocation();
		assertThat(new String(sent, StandardCharsets.ISO_8859_1)).contains("GPSLatitude", "Amina");
		byte[] kept = Photos.clean(sent);
		String text = new String(kept, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("GPSLatitude").doesNotContain("Exif").doesNotContain("Amina");
		BufferedImage before = ImageIO.read(new ByteArrayInputStream(sent));
		BufferedImage after = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(after.getWidth()).isEqualTo(40);
		assertThat(after.getRGB(20, 15)).isEqualTo(before.getRGB(20, 15));
		assertThat(FileTypes.detect(kept)).isEqualTo(FileTypes.JPEG);
	}

	@Test
	void a_png_loses_its_text_and_exif_chunks() throws IOException {
		byte[] plain = picture("png");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// after the signature and IHDR (8 + 25 bytes), a text chunk and an eXIf chunk
		out.write(plain, 0, 33);
		chunk(out, "tEXt", "Location\0Douar Ait Ouirra 32.33N 6.35W");
		chunk(out, "eXIf", "MM\0*GPSLatitude");
		out.write(plain, 33, plain.length - 33);
		byte[] sent = out.toByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(sent))).isNotNull();
		byte[] kept = Photos.clean(sent);
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Ouirra")
			.doesNotContain("GPSLatitude");
		assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getRGB(5, 5))
			.isEqualTo(ImageIO.read(new ByteArrayInputStream(plain)).getRGB(5, 5));
	}

	private static void chunk(ByteArrayOutputStream out, String type, String data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		byte[] body = data.getBytes(StandardCharsets.ISO_8859_1);
		out.write(body.length >> 24);
		out.write(body.length >> 16);
		out.write(body.length >> 8);
		out.write(body.length);
		out.write(name, 0, 4);
		out.write(body, 0, body.length);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(body);
		long value = crc.getValue();
		out.write((int) (value >> 24));
		out.write((int) (value >> 16));
		out.write((int) (value >> 8));
		out.write((int) value);
	}

	@Test
	void what_only_pretends_to_be_a_photo_is_refused() throws IOException {
		byte[] text = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> Photos.clean(text)).isInstanceOf(FileRefused.class)
			.extracting(e -> ((FileRefused) e).reason())
			.isEqualTo("type");
		byte[] truncated = java.util.Arrays.copyOf(picture("jpg"), 200);
		assertThatThrownBy(() -> Photos.clean(truncated)).isInstanceOf(FileRefused.class);
		byte[] magicOnly = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 4, 1, 2, 3, 4, 5, 6 };
		assertThatThrownBy(() -> Photos.clean(magicOnly)).isInstanceOf(FileRefused.class);
		assertThatThrownBy(() -> Photos.clean(new byte[0])).isInstanceOf(FileRefused.class)
			.extracting(e -> ((FileRefused) e).reason())
			.isEqualTo("empty");
	}

}
