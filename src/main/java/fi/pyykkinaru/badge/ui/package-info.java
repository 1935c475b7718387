/** The badge screens: the kiosk's registration and the staff's list of visitors with their badges. */
@NullMarked
package fi.pyykkinaru.badge.ui;

import org.jspecify.annotations.NullMarked;
