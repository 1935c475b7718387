/**
 * The open call: an organiser opens a call for sessions, stand takeovers or pitches; applicants propose on a plain
 * public page and keep a private link; reviewers and jury members score; the chosen proposals become programme
 * sessions or stand slots without anybody retyping them. A feature of its own because it runs weeks before the
 * event and on the day only hands over what was chosen.
 */
@NullMarked
package fi.pyykkinaru.call;

import org.jspecify.annotations.NullMarked;
