/**
 * The inclusion lens: counts of participation by channel, territory, day, sex, age band,
 * disability and area, built from {@link org.sawa.account.ParticipationRecorded} events,
 * compared with the population; and the small-cell protection every public figure goes
 * through.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inclusion")
package org.sawa.inclusion;
