/**
 * Citizen feedback on services, facilities, projects and commitments, and suggestions: a
 * report (signed in, or with an e-mail or phone to follow it, or typed by staff from a
 * call or a paper form) with photos cleaned of their location, routed by category and
 * territory to the body that can act (the bodies of the access-to-information module) or
 * to a triage queue; the body acknowledges, asks for details, transfers, answers and
 * closes within its targets in working days; the person is told at each step, adds
 * information, rates the answer and may reopen once. Every report has a public page
 * without the person's identity; statistics per body, category and territory, who reports
 * through the inclusion lens, and an Open311 GeoReport v2 read endpoint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen feedback")
package org.sawa.feedback;
