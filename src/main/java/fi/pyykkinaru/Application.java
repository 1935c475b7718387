package fi.pyykkinaru;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import fi.pyykkinaru.storage.BackupRestore;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Pyykkinaru: the stand application, started with {@code java -jar} or the README's run command. */
@SpringBootApplication
@Modulithic(systemName = "Pyykkinaru")
@ConfigurationPropertiesScan
@EnableScheduling
// Listeners of other features' news (@ApplicationModuleListener) run off the thread that made the change.
@EnableAsync
// Taps and typing go up as plain requests, updates come down the websocket: when venue Wi-Fi drops, a failed
// request is retried (and answered once) and the screen shows it is connected again as soon as one succeeds.
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
// Phones keep pinch zoom (WCAG 1.4.4); the stand screen loses it through the kiosk launcher's --disable-pinch.
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "theme-color", content = "#1d3557")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        // An organiser restoring a backup (README, "Backups") runs the same jar, with the app itself stopped.
        if (BackupRestore.asked(args)) {
            System.exit(BackupRestore.run(args, System.getenv(), System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/pyykkinaru.svg", "any");
    }

    @Bean
    Clock clock(@Value("${pyykkinaru.time-zone:Europe/Helsinki}") ZoneId zone) {
        return Clock.system(zone);
    }
}
