/** Events: name, dates, venue, languages, themes and moderation policy, which every other feature hangs on. */
@NullMarked
package fi.pyykkinaru.event;

import org.jspecify.annotations.NullMarked;
