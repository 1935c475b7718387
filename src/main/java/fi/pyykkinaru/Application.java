package fi.pyykkinaru;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Pyykkinaru: the stand application, started with {@code java -jar} or the README's run command. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
// No pinch zoom on a kiosk: zooming strands a visitor in a corner of the wall with no way back.
@Viewport("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover")
@Meta(name = "theme-color", content = "#1d3557")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
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
