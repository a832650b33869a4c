/** The home page: what Sawa offers, and a territory picker. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.sawa.home;
