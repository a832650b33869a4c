package org.sawa.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's own files, for the tests that read its sources, migrations and bundles.
 */
public final class SourceFiles {

	private SourceFiles() {
	}

	/**
	 * Every file under {@code root} whose name ends with {@code suffix}, in path order.
	 */
	public static List<Path> under(Path root, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
