/**
 * The append-only audit log: every state change by staff is an entry hash-chained to the
 * previous one, so that any later edit or deletion of a row is detectable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.sawa.audit;
