/**
 * What people type, made safe once for every module: links that may be published (an
 * https address elsewhere, or a page of Sawa itself).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Input")
package org.sawa.input;
