/**
 * Events: forums, workshops, thematic discussion groups, innovation labs and
 * co-implementation committee meetings of a territory, of a consultation or stand-alone,
 * some of them the dates of a recurring series; registration with the needs a person asks
 * for, a reminder by e-mail, iCalendar files and feeds, attendance ticked at the door or
 * typed from paper sheets (each attendance counted by the inclusion lens), the minutes
 * published after the event, and a lab's partners and prototypes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package org.sawa.event;
