/**
 * The programme's screens: the programme and its administration, the QR scan and feedback at the stand, live
 * results, posters and paper counts.
 */
@NullMarked
package fi.pyykkinaru.session.ui;

import org.jspecify.annotations.NullMarked;
