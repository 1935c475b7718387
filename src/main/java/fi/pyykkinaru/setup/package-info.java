/**
 * The organisers' set-up of an event across features: the set-up file ({@link fi.pyykkinaru.setup.SetupFile}, one
 * versioned JSON made of every feature's {@link fi.pyykkinaru.event.SetupPart}) and the staff components that edit
 * an event's lines and move its set-up in and out. A module of its own because it sits above the features it sets
 * up, which know nothing of it.
 */
@NullMarked
package fi.pyykkinaru.setup;

import org.jspecify.annotations.NullMarked;
