/** The organisers' harvest page and its sections: overview, reports, team, feedback, files and privacy. */
@NullMarked
package fi.pyykkinaru.harvest.ui;

import org.jspecify.annotations.NullMarked;
