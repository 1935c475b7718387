/**
 * The day's harvest for organisers: the reports that come from the clothesline followed up to publication by
 * the event's production team, the feedback results, summaries and exports, and personal data kept only as
 * long as it is needed.
 */
@NullMarked
package fi.pyykkinaru.harvest;

import org.jspecify.annotations.NullMarked;
