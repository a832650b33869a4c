/**
 * Access to information under law 31-13: the bodies and their information officers,
 * requests and their legal deadlines in working days (extension, urgency, paused clock),
 * refusals on the law's grounds, complaints to the head of the body and to the Commission
 * (CDAI), and the public archive. The legal values are data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access to information")
package org.sawa.inforequest;
