/**
 * The clothesline: lines (prompts) of an event, the slips visitors peg on them, moderation, and the live wall.
 * Views are in {@code ui}; everything else talks to {@link fi.pyykkinaru.clothesline.Slips} and
 * {@link fi.pyykkinaru.clothesline.Lines}.
 */
@NullMarked
package fi.pyykkinaru.clothesline;

import org.jspecify.annotations.NullMarked;
