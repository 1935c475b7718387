/**
 * The organisers' set-up of events, lines, stands and screens: the staff pages (events, stands and their screens
 * and printers) and the set-up file ({@link fi.pyykkinaru.setup.SetupFile}, one versioned JSON made of every
 * feature's {@link fi.pyykkinaru.event.SetupPart}). A module of its own because set-up brings together features
 * that know nothing of each other, and none of them should know the organisers' pages.
 */
@NullMarked
package fi.pyykkinaru.setup;

import org.jspecify.annotations.NullMarked;
