package org.sawa.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files in and out of forms: the files a form sent (empty inputs left out), and a file
 * served back.
 */
public final class Uploads {

	/**
	 * A file as the browser sent it: its name and bytes (its type is read later, from the
	 * bytes).
	 */
	public record Sent(String fileName, byte[] content) {
	}

	private Uploads() {
	}

	public static List<Sent> read(List<MultipartFile> files) {
		List<Sent> sent = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				sent.add(new Sent(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return sent;
	}

	/**
	 * A stored file, always downloaded (never shown inline), under the type read from its
	 * content.
	 */
	public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
