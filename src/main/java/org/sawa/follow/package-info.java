/**
 * Following: a person follows a consultation, a petition, a request, a commitment, an
 * event or a territory, and is told by e-mail of what changes there, at once or in a
 * daily or weekly digest, in her language, with a link in every mail to stop following.
 * Modules tell this one what changed ({@link org.sawa.follow.Changes}); staff see how
 * many follow, never who.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Following")
package org.sawa.follow;
