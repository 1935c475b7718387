/** The kiosk's languages: UI texts through Vaadin's I18NProvider and multilingual data values. */
@NullMarked
package fi.pyykkinaru.i18n;

import org.jspecify.annotations.NullMarked;
