/**
 * Councils of regions, provinces or prefectures and communes after the Popolo model:
 * mandates and members with their seat type, posts over time, standing committees, the
 * consultative bodies set up with civil society (equity and gender, youth, economic
 * actors) with their members and meetings, sessions with agenda, attendance and each
 * member's interventions, advisory memos and opinions from associations and bodies and
 * their examination, and women's representation against the legal quotas.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Councils")
package org.sawa.council;
