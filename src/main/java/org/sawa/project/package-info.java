/**
 * Investment and employment projects in the open (the "Infitah" registry): where a
 * project is, what it costs and who funds it, its status and progress from its
 * milestones, money planned against spent, jobs and beneficiaries by sex, age band,
 * disability and area (which feed the indicator database), photos, documents, results;
 * entered by staff, imported from CSV or from a donor's IATI 2.03 file, exported as valid
 * IATI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package org.sawa.project;
