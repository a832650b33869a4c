package org.sawa.territory;

/** A population count for one sex x age band x area cell. */
public record PopulationCell(Sex sex, AgeBand ageBand, Area area, long count) {
}
