/**
 * Shared security infrastructure: the filter chain (form login, CSRF, strict headers and
 * Content-Security-Policy), Argon2id password hashing, keyed HMAC for identifiers that
 * must never be stored in clear, and PostgreSQL-backed rate limits that hold across
 * nodes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security infrastructure")
package org.sawa.security;
