/**
 * Personal data kept only as long as it is needed: an event's is purged a set number of days after the event,
 * and everything about one person is erased on request. The features that hold personal data each answer for
 * their own through {@link fi.pyykkinaru.privacy.PersonalData}; this module knows none of them.
 */
@NullMarked
package fi.pyykkinaru.privacy;

import org.jspecify.annotations.NullMarked;
