/**
 * The organisers' set-up of their own events without touching code: events (create, edit, copy, archive, export and
 * import their set-up, remove the sample), their lines and stands. It stands above the features it sets up and
 * asks each through its API; nothing below knows it.
 */
@NullMarked
package fi.pyykkinaru.setup;

import org.jspecify.annotations.NullMarked;
