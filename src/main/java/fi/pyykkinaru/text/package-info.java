/** Shared handling of text: checks of typed text, CSV files read in, rows to export. */
@NullMarked
package fi.pyykkinaru.text;

import org.jspecify.annotations.NullMarked;
