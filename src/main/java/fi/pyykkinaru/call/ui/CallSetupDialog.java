package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.event.Event;
import java.util.function.Consumer;
import org.springframework.context.annotation.Scope;

/** The organiser's editor of a call: times, texts, questions, criteria and decision messages. */
@SpringComponent
@Scope("prototype")
public class CallSetupDialog extends Dialog {

    /** Opens the editor on a call; {@code saved} gets the call as saved. */
    public void edit(Event event, Call call, Consumer<Call> saved) {
        open();
    }
}
