/**
 * Budgets of collectivities made readable, and participatory budgets. Staff import a
 * year's budget (a CSV checked whole: codes, amounts, chapter totals) with a gender
 * marker per spending line; the public reads the citizen budget of a territory and year
 * (where the money comes from and goes, per inhabitant, executed against voted, over the
 * years, its share by gender marker, budget words explained), a printable leaflet, and
 * the data as CSV, JSON and a Fiscal Data Package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budgets")
package org.sawa.budget;
