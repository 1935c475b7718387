package fi.pyykkinaru.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.storage.StorageUnavailableException;
import org.junit.jupiter.api.Test;

/** A tap that could not be saved for a full disk is answered on screen, in the screen's language. */
@PyykkinaruTest
class StorageProblemsTest extends SpringBrowserlessTest {

    @Test
    void a_full_disk_is_said_politely_on_the_visitors_screen() {
        navigate("", com.vaadin.flow.component.Component.class);

        StorageProblems.handle(new ErrorEvent(new IllegalStateException("wrapped", new StorageUnavailableException("disk full"))));

        Notification note = $(Notification.class).id("storage-message");
        assertThat(note.isOpened()).isTrue();
        assertThat(test(note).getText()).contains("Tekstisi on yhä näytöllä");
    }
}
