package fi.pyykkinaru.kiosk;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One stand's settings, usually from {@code kiosk-config/stand.properties}: its name, the event it shows
 * (blank: the event running today), how long it waits before an idle reset, how long a visitor's thanks stay on
 * screen before the stand goes back to the wall for the next visitor, which lines it shows (none
 * listed: all), its languages (the first is the default), when to show the on-screen keyboard, whether a
 * badge prints as soon as its visitor registers (else when staff say so), the badge layouts it prints with, and how
 * long the "Do you need more time?" prompt counts down before an idle reset goes ahead (WCAG 2.2.1 asks for at
 * least 20 s to answer; the default is 30 s).
 */
@ConfigurationProperties("pyykkinaru.stand")
public record StandSettings(String name, String event, Duration idleTimeout, Duration thanksTimeout,
        List<String> lines, List<String> languages, KeyboardMode onScreenKeyboard, boolean autoPrintBadges,
        String badgeLayout, String sheetLayout, Duration idleWarning) {

    /** When the stand shows its own keyboard for text fields. */
    public enum KeyboardMode {
        /** On touch screens at least 1024 px wide, and wherever the launcher's {@code ?kiosk} was opened. */
        AUTO,
        ALWAYS,
        NEVER
    }

    public StandSettings {
        name = name == null || name.isBlank() ? "Pyykkinaru" : name.strip();
        event = event == null ? "" : event.strip();
        idleTimeout = idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()
                ? Duration.ofSeconds(90) : idleTimeout;
        thanksTimeout = thanksTimeout == null || thanksTimeout.isNegative() || thanksTimeout.isZero()
                ? Duration.ofSeconds(7) : thanksTimeout;
        lines = lines == null ? List.of() : lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        languages = languages == null ? List.of() : languages.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        onScreenKeyboard = onScreenKeyboard == null ? KeyboardMode.AUTO : onScreenKeyboard;
        badgeLayout = badgeLayout == null || badgeLayout.isBlank() ? "badge-90x54" : badgeLayout.strip();
        sheetLayout = sheetLayout == null || sheetLayout.isBlank() ? "sheet-a4-10" : sheetLayout.strip();
        idleWarning = idleWarning == null || idleWarning.isNegative() || idleWarning.isZero()
                ? Duration.ofSeconds(30) : idleWarning;
    }
}
