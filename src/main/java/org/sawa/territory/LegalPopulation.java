package org.sawa.territory;

/** The census's population of a collectivity as a whole, with its year and source. */
public record LegalPopulation(int year, long inhabitants, String source) {
}
