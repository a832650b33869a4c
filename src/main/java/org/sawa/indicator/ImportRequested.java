package org.sawa.indicator;

import java.util.UUID;

/**
 * A large data-value file was uploaded and queued: where it waits on disk and who imports
 * it (the territories they may import for are read again when it runs). Published in the
 * upload's transaction; the event publication registry keeps it until the import is done,
 * so an import cut short by a crash or a restart runs again at the next start.
 */
public record ImportRequested(UUID importId, String file, long personId) {
}
