/** Live updates: open screens subscribe to what they show and hear of committed changes within a second. */
@NullMarked
package fi.pyykkinaru.live;

import org.jspecify.annotations.NullMarked;
