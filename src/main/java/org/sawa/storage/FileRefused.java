package org.sawa.storage;

/**
 * A file refused: {@code reason} is "empty", "tooLarge" or "type" (message key
 * {@code file.error.<reason>}).
 */
public class FileRefused extends RuntimeException {

	private final String reason;

	public FileRefused(String reason) {
		super("file refused: " + reason);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

	public String messageKey() {
		return "file.error." + reason;
	}

}
