package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.pyykkinaru.call.Call;
import org.springframework.context.annotation.Scope;

/** A pitch call's jury: members and their private links, pitches added by staff, and the pitchers' letters. */
@SpringComponent
@Scope("prototype")
public class JuryPanel extends Div {

    /** Shows the jury of a pitch call; {@code changed} is told when pitches were added, to refresh the board. */
    public JuryPanel forCall(Call call, Runnable changed) {
        return this;
    }
}
