/** Staff and organiser logins, and the staff's stand controls (for now: moderating slips). */
@NullMarked
package fi.pyykkinaru.staff;

import org.jspecify.annotations.NullMarked;
