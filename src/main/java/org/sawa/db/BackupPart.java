package org.sawa.db;

/**
 * Something a module keeps outside the database that belongs in a backup beside it (the
 * audit chain's anchors): written into the archive under its name, as it is when the
 * backup is taken.
 */
public interface BackupPart {

	/** The file's name in the archive. */
	String name();

	/** Its content now. */
	byte[] content();

}
