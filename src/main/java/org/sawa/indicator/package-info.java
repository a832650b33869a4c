/**
 * The indicator database: indicators and their dimensions, data values disaggregated by
 * sex, age band, disability, area and any other dimension an administrator defines,
 * entered in a grid or imported from CSV, rolled up the territory tree; the public
 * dashboards and analyses (disparities, targets), the extracts and the open API. Every
 * public figure goes through the disclosure module's small-cell rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package org.sawa.indicator;
