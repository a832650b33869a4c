/**
 * Refusals: a user action the rules do not allow, with the field it concerns and the
 * message key of the reason. Each domain module throws its own subtype
 * ({@code PetitionRefused}, {@code CouncilRefused}...); the web layer shows the reason at
 * its field. Knows no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Refusals")
package org.sawa.refusal;
