/** The sample event that a fresh install starts with. */
@NullMarked
package fi.pyykkinaru.sample;

import org.jspecify.annotations.NullMarked;
