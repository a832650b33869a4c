/**
 * PDF rendering: a Thymeleaf template rendered to well-formed HTML, then to a tagged PDF
 * with embedded fonts, Arabic shaped and laid out right to left.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PDF rendering")
package org.sawa.pdf;
