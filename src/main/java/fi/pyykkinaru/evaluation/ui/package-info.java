/** The evaluation's screens: the organisers' page of closing questions, goals and report, and the kiosk's questions. */
@NullMarked
package fi.pyykkinaru.evaluation.ui;

import org.jspecify.annotations.NullMarked;
