package fi.pyykkinaru.clothesline.ui;

import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipStatus;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One slip being written on one line, and the step the visitor is at: the form, the preview, or the thanks
 * once pegged. Another line is another slip, so whatever was typed for this one goes with it.
 */
final class SlipWriting {

    enum Step { FORM, PREVIEW, THANKS }

    private final Line line;
    private Step step = Step.FORM;
    private @Nullable Slip pegged;

    SlipWriting(Line line) {
        this.line = line;
    }

    Line line() {
        return line;
    }

    Step step() {
        return step;
    }

    void previewed() {
        step = Step.PREVIEW;
    }

    /** Back to the form: the visitor wants to edit, or the slip was refused as it stood. */
    void editing() {
        step = Step.FORM;
    }

    void pegged(Slip slip) {
        pegged = slip;
        step = Step.THANKS;
    }

    Optional<Slip> pegged() {
        return Optional.ofNullable(pegged);
    }

    /** The slip just pegged, if it hangs on the wall already; a held one waits for moderation. */
    Optional<Slip> onTheWall() {
        return pegged().filter(slip -> slip.status() == SlipStatus.PUBLISHED);
    }
}
