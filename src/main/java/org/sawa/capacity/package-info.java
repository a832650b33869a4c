/**
 * Capacity programmes (training and mentoring of elected women, associations' capacity):
 * trainings with attendance and knowledge scores, individual development plans and
 * coaching sessions whose notes only the coach and programme officers read, OCA and OPI
 * assessments of associations, success stories published with consent, and each
 * programme's impact computed from its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Capacity programmes")
package org.sawa.capacity;
