package fi.pyykkinaru.setup;

import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.event.Event;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** The chosen event's lines. A stand-in with the real editor's API, which replaces it. */
@Component
@Scope("prototype")
public class LinesEditor extends Div {

    public void show(Event event) {
        // The real editor shows the event's lines here.
    }
}
