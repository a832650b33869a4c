/**
 * Disclosure control: the one rule that no published figure, alone or with others,
 * reveals a count of 1 to 4 people. {@code PublishedCounts} perturbs every public count
 * of people with a small noise that is the same for the same cell in every answer (the
 * cell-key method, ADR 0021). Every module that publishes counts of people goes through
 * it. Knows no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure control")
package org.sawa.disclosure;
