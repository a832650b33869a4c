/**
 * Territories: the country > region > province/prefecture > commune hierarchy with names
 * in the four languages, and population denominators by sex, age band and area, imported
 * from CSV and aggregated up the hierarchy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory")
package org.sawa.territory;
