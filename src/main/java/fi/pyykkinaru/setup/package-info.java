/**
 * The organiser's set-up of events, lines, stands and screens: staff views and the set-up file. A module of its own
 * because set-up brings features together (an event's lines, its stands, their screens and printers) that know
 * nothing of each other, and none of them should know the organiser's pages.
 */
@NullMarked
package fi.pyykkinaru.setup;

import org.jspecify.annotations.NullMarked;
