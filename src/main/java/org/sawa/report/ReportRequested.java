package org.sawa.report;

import java.util.Map;

/**
 * A new version of an annual report was queued, with the recommendations it carries.
 * Published in the request's transaction; {@link ReportGeneration} builds the version
 * once it commits, and the event publication registry keeps the request until the version
 * is built, so a generation cut short by a crash or a restart runs again at the next
 * start.
 */
public record ReportRequested(long versionId, long territoryId, int year, Map<String, String> recommendations) {
}
