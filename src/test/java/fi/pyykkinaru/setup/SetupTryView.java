package fi.pyykkinaru.setup;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.pyykkinaru.base.ui.StaffLayout;
import fi.pyykkinaru.event.Events;
import jakarta.annotation.security.RolesAllowed;

/**
 * Test only: the lines editor and the set-up file's transfer on a staff page of their own ({@code ?event=<slug>}),
 * to be tried in a browser before the events view that holds them in the application is merged.
 */
@Route(value = "staff/try-setup", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class SetupTryView extends Div implements BeforeEnterObserver {

    private final Events events;
    private final LinesEditor editor;
    private final SetupTransfer transfer;

    SetupTryView(Events events, LinesEditor editor, SetupTransfer transfer) {
        this.events = events;
        this.editor = editor;
        this.transfer = transfer;
        addClassName("staff");
        transfer.onImported(editor::show);
        add(editor, transfer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        navigation.getLocation().getQueryParameters().getSingleParameter("event").flatMap(events::bySlug)
                .ifPresent(event -> {
                    editor.show(event);
                    transfer.show(event);
                });
    }
}
