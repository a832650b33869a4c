/**
 * Open-government action plans and their commitments (the OGP template), milestones whose
 * status changes only with a dated note and evidence, audited; completion derived from
 * milestones beside the OGP assessment scales; the public tracker and citizens' comments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commitments")
package org.sawa.commitment;
