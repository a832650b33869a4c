/**
 * The participation lens: every act of participation (a signature, a request, an
 * intervention in a council, an attendance, a comment) counted once by channel,
 * territory, day, sex, age band, disability and area, from the
 * {@link org.sawa.account.ParticipationRecorded} events the other modules publish; and
 * the public "who takes part" figures that compare those counts with the population. Its
 * API is {@link org.sawa.lens.Participants} and {@link org.sawa.lens.WhoTakesPart}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participation lens")
package org.sawa.lens;
