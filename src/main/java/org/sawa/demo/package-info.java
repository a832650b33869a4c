/**
 * The demo scenario ({@code demo} profile, the default run): loads the demo territories,
 * population figures, accounts and organisations through the modules' own services, only
 * into an empty database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo scenario")
package org.sawa.demo;
