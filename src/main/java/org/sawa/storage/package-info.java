/**
 * File storage: one interface for every uploaded file (PostgreSQL by default, so any
 * application node can serve it), the type read from the content, the SHA-256 kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File storage")
package org.sawa.storage;
