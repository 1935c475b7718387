package fi.pyykkinaru.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;

/**
 * After something that can still be brought back (a slip hidden, a job cancelled before it reached a printer),
 * a note says what was done and offers, for a few seconds, to take it back. Ids: {@code undo-note},
 * {@code undo}. The undo goes through the same service and audit as any other change.
 */
public final class Undo {

    public static final Duration SHOWN = Duration.ofSeconds(10);

    private Undo() {
    }

    /** Shows what was done with an undo button; pressing it runs {@code undo} once and closes the note. */
    public static Notification offer(String done, Runnable undo) {
        // One note at a time: a second action's note replaces the first, so there is only ever one #undo.
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification earlier = ComponentUtil.getData(ui, Notification.class);
            if (earlier != null) {
                earlier.close();
            }
        }
        Notification note = new Notification();
        note.setId("undo-note");
        note.addClassName("undo-note");
        note.setDuration((int) SHOWN.toMillis());
        note.setPosition(Notification.Position.BOTTOM_START);
        Span text = new Span(done);
        text.setId("undo-text");
        Button button = new Button(note.getTranslation("action.undo"));
        button.setId("undo");
        button.addClassName("undo-button");
        button.addClickListener(e -> {
            button.setEnabled(false);
            note.close();
            undo.run();
        });
        Div content = new Div(text, button);
        content.addClassName("undo-content");
        note.add(content);
        note.open();
        if (ui != null) {
            ComponentUtil.setData(ui, Notification.class, note);
        }
        return note;
    }
}
