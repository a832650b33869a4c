/**
 * Working days for legal deadlines: weekends and the holidays of the {@code holiday}
 * table (fixed national holidays seeded; religious holidays, which follow the moon,
 * entered each year by an administrator), and deadline arithmetic with paused clocks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.sawa.calendar;
