/**
 * Councils of regions, provinces or prefectures and communes after the Popolo model:
 * mandates and members with their seat type, posts over time, committees and the parity
 * commission, sessions with agenda, attendance and each member's interventions, advisory
 * memos from associations and their examination, and women's representation against the
 * legal quotas.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Councils")
package org.sawa.council;
