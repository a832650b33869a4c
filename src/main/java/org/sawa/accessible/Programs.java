package org.sawa.accessible;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program installed on the server with a text on its standard input and answers
 * what it wrote, or fails clearly: not installed, too slow, or an error of its own.
 */
final class Programs {

	private Programs() {
	}

	/** Whether an executable of that name is on the path. */
	static boolean installed(String name) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		for (String dir : path.split(java.io.File.pathSeparator)) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
				return true;
			}
		}
		return false;
	}

	/** The program's output for this input, within the time given. */
	static byte[] run(List<String> command, byte[] input, long seconds) {
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
			try (OutputStream in = process.getOutputStream()) {
				in.write(input);
			}
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command.get(0) + " took longer than " + seconds + " s");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(command.get(0) + " failed with status " + process.exitValue());
			}
			return output.join();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] readAll(InputStream stream) {
		try (stream; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			stream.transferTo(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
