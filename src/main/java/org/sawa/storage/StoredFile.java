package org.sawa.storage;

/**
 * A stored file's description: its name as uploaded, the type read from its content, size
 * and SHA-256.
 */
public record StoredFile(long id, String fileName, String contentType, long size, String sha256) {
}
