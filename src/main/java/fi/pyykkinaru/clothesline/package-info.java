/**
 * The clothesline: lines (prompts) of an event, the slips visitors peg on them, moderation, and the live wall.
 * Views are in {@code ui}; everything else talks to {@link fi.pyykkinaru.clothesline.Slips} and
 * {@link fi.pyykkinaru.clothesline.Lines}, reads the slips through {@link fi.pyykkinaru.clothesline.SlipTally},
 * {@link fi.pyykkinaru.clothesline.SlipTexts} and {@link fi.pyykkinaru.clothesline.SlipExport}, and hears of them
 * by {@link fi.pyykkinaru.clothesline.SlipPegged} and {@link fi.pyykkinaru.clothesline.SlipStatusChanged}.
 */
@NullMarked
package fi.pyykkinaru.clothesline;

import org.jspecify.annotations.NullMarked;
