/**
 * Petitions to territorial councils under the organic laws 111-14, 112-14 and 113-14: the
 * legal rules as data, drafting, signature collection (online and paper), deposit,
 * admissibility, deliberation and the published answer. Every signature is an act of
 * participation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petitions")
package org.sawa.petition;
