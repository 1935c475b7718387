/**
 * Pyykkinaru, a kiosk for event-floor stands. Each direct sub-package is one feature that owns its
 * views, services, aggregates and tables; features talk through their public types and events only.
 */
@NullMarked
package fi.pyykkinaru;

import org.jspecify.annotations.NullMarked;
