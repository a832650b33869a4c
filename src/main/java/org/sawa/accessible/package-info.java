/**
 * Other forms of a text for people who cannot read it on a screen: a Braille-ready file
 * for an embosser (liblouis: Arabic grade 1 and French uncontracted tables, written in
 * the North American Braille ASCII of {@code .brf} files, 40 cells a line, 25 lines a
 * page) and a synthetic reading (espeak-ng). Both programs are found on the server's
 * path; when one is missing the module says so and the pages offer what remains.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accessible formats")
package org.sawa.accessible;
