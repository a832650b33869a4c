/**
 * Shared import infrastructure: an RFC 4180 CSV reader and the translated, per-row error
 * report that every all-or-nothing import returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import infrastructure")
package org.sawa.imports;
