/**
 * The event's own evaluation: closing questions the organisers write (asked after a visitor's session vote, at the
 * kiosk and on the phone, and on the general page {@code /feedback}), their answers kept apart from who gave them,
 * the event's sub-goals marked met, partly or not met beside the harvest's figures, and the evaluation report for
 * the funder. Views are in {@code ui}.
 */
@NullMarked
package fi.pyykkinaru.evaluation;

import org.jspecify.annotations.NullMarked;
