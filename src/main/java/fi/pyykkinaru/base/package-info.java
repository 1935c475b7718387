/**
 * The ground the features stand on that knows none of them; its screens' parts are in {@code base.ui}.
 */
@NullMarked
package fi.pyykkinaru.base;

import org.jspecify.annotations.NullMarked;
