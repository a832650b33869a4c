/**
 * Disclosure control: the one rule that no published figure reveals a count of 1 to 4
 * people ({@code ProtectedTable}: small cells hidden, with secondary suppression against
 * the margins). Every module that publishes counts of people goes through it. Knows no
 * other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure control")
package org.sawa.disclosure;
