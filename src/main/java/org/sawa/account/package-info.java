/**
 * People and organisations: sign-up with e-mail confirmation, password reset, an optional
 * self-declared demographic profile, data export and deletion, organisations with
 * members, roles granted on a territory, and the
 * {@link org.sawa.account.ParticipationRecorded} event every module publishes when
 * someone takes part.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.sawa.account;
