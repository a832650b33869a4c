/**
 * Shared web infrastructure: locale resolution (ar, fr, en, zgh), text direction,
 * locale-aware formatting, the page layout helpers and translated error pages. It knows
 * no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web infrastructure")
package org.sawa.web;
