package fi.pyykkinaru.setup;

import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.event.Event;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Export and import of an event's set-up file. A stand-in with the real component's API, which replaces it. */
@Component
@Scope("prototype")
public class SetupTransfer extends Div {

    public void show(@Nullable Event event) {
        // The real component offers the chosen event's set-up file here.
    }

    public void onImported(Consumer<Event> listener) {
        // The real component tells of an imported event here.
    }
}
