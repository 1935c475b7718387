/**
 * The clothesline's screens: the live wall and its slips, the visitor's slip form, a slip's own page, and the
 * staff's moderation.
 */
@NullMarked
package fi.pyykkinaru.clothesline.ui;

import org.jspecify.annotations.NullMarked;
