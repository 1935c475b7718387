/**
 * Registration and badges: visitors registered at the kiosk, by staff or from a pre-registration list, each with
 * a badge code; badge PDFs drawn from layouts that are data; and the badge's way to the printer.
 */
@NullMarked
package fi.pyykkinaru.badge;

import org.jspecify.annotations.NullMarked;
