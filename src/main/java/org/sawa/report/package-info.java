/**
 * The annual report of a territory: for a year, the figures every other module publishes
 * (indicators with their disparities, who takes part, programmes' impact, council
 * representation, petitions, information requests, commitments), copied at generation
 * time with small-cell protection, with the recommendations an officer writes; generated
 * in the background as an HTML page and PDFs in Arabic and French; a published version is
 * frozen and kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual report")
package org.sawa.report;
