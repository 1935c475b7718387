package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fi.pyykkinaru.storage.StorageUnavailableException;
import org.springframework.stereotype.Component;

/**
 * A visitor's tap that could not be saved because the data folder is full or read-only gets a polite message on
 * screen (the form and what was typed stay); staff see the reason in their console. Other errors go to Vaadin's
 * default handling.
 */
@Component
class StorageProblems implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(StorageProblems::handle));
    }

    static void handle(ErrorEvent error) {
        UI ui = UI.getCurrent();
        if (ui == null || !causedByStorage(error.getThrowable())) {
            new DefaultErrorHandler().error(error);
            return;
        }
        Notification note = new Notification(ui.getTranslation("storage.visitor"), 10_000, Notification.Position.MIDDLE);
        note.setId("storage-message");
        note.addThemeVariants(NotificationVariant.LUMO_WARNING);
        note.open();
    }

    private static boolean causedByStorage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
