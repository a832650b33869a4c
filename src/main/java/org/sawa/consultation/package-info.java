/**
 * Consultations: participatory processes of a territory's council (a development plan, a
 * programme, a by-law, a budget), their dated phases from informing residents to the
 * council's decision and the return to citizens, and a public page that says where each
 * stands. Texts written for the public have versions in the four languages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations")
package org.sawa.consultation;
