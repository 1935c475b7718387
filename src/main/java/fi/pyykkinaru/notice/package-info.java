/**
 * The privacy notice (GDPR art. 13) that visitors read one tap away at the stand and at the foot of their phones'
 * pages: who is responsible and whom to ask, what is stored and why, for how long, who sees it and the person's
 * rights. Organisers word the controller, contact and purposes in the event's settings; what they leave blank, and
 * the retention (the event's own), comes from translated defaults that are true of every event.
 */
@NullMarked
package fi.pyykkinaru.notice;

import org.jspecify.annotations.NullMarked;
