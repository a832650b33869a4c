/**
 * Plain values shared by every module: what people type, made safe once (texts, e-mail
 * addresses, links that may be published, search folding), and how precisely a published
 * figure is written (counts, shares, indices).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Input")
package org.sawa.input;
