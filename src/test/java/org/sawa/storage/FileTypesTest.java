package org.sawa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A file's type is read from its content: a renamed executable is not a PDF. */
class FileTypesTest {

	static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries.length; i += 2) {
				zip.putNextEntry(new ZipEntry(entries[i]));
				zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void documents_and_images_are_recognised_by_their_first_bytes() throws IOException {
		assertThat(FileTypes.detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo(FileTypes.PDF);
		assertThat(FileTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 }))
			.isEqualTo(FileTypes.PNG);
		assertThat(FileTypes.detect(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16 }))
			.isEqualTo(FileTypes.JPEG);
		assertThat(FileTypes.detect(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")))
			.isEqualTo(FileTypes.DOCX);
		assertThat(FileTypes.detect(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>")))
			.isEqualTo(FileTypes.XLSX);
		assertThat(FileTypes.detect(zip("mimetype", FileTypes.ODT, "content.xml", "<office:document-content/>")))
			.isEqualTo(FileTypes.ODT);
		assertThat(FileTypes.detect("commune,année,budget\nNaour,2025,1200000\n".getBytes(StandardCharsets.UTF_8)))
			.as("a CSV file is text")
			.isEqualTo(FileTypes.TEXT);
		assertThat(FileTypes.detect("طلب الحصول على المعلومات".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(FileTypes.TEXT);
	}

	@Test
	void a_file_is_not_what_its_name_says_but_what_its_bytes_are() throws IOException {
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
		assertThat(FileTypes.detect(executable)).isEqualTo(FileTypes.UNKNOWN);
		assertThat(FileTypes.detect(zip("payload.exe", "MZ"))).as("a plain archive").isEqualTo(FileTypes.ZIP);
		assertThat(FileTypes.detect(new byte[] { 'P', 'K', 3, 4, 1, 2 })).as("a broken archive")
			.isEqualTo(FileTypes.ZIP);
		assertThat(FileTypes.detect(new byte[] { (byte) 0xc3, (byte) 0x28 })).as("not UTF-8")
			.isEqualTo(FileTypes.UNKNOWN);
		assertThat(FileTypes.detect("\n  <svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)))
			.as("markup is not plain text")
			.isEqualTo(FileTypes.MARKUP);
	}

	@Test
	void video_and_audio_are_recognised_by_their_containers() throws IOException {
		byte[] webm = new org.springframework.core.io.ClassPathResource("demo/sign-language-placeholder.webm")
			.getContentAsByteArray();
		assertThat(FileTypes.detect(webm)).isEqualTo(FileTypes.WEBM);
		assertThat(FileTypes.detect("\0\0\0\u0018ftypmp42\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo(FileTypes.MP4);
		assertThat(FileTypes.detect("RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo(FileTypes.WAV);
		assertThat(FileTypes.detect("OggS\0\u0002".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileTypes.OGG);
		assertThat(FileTypes.detect("ID3\u0004\0\0".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileTypes.MP3);
		// a text that says it is a video is text
		assertThat(FileTypes.detect("RIFF but not a wave".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileTypes.TEXT);
	}

}
