/** Shared checks of typed text. */
@NullMarked
package fi.pyykkinaru.text;

import org.jspecify.annotations.NullMarked;
