package org.sawa.storage;

import java.util.Optional;
import java.util.Set;

/**
 * Where uploaded files go. Callers say which types they accept; the type is read from the
 * content ({@link FileTypes}), and a file of another type, an empty one or one over the
 * limit is refused with {@link FileRefused} before anything is written.
 */
public interface FileStorage {

	/**
	 * Stores the bytes in the caller's transaction and returns the stored file's
	 * description.
	 */
	StoredFile store(String fileName, byte[] content, Set<String> acceptedTypes, long maxBytes);

	Optional<StoredFile> describe(long id);

	Optional<byte[]> content(long id);

}
