package fi.pyykkinaru.kiosk;

import java.util.List;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The texts the stand's guard ({@code pk-kiosk.js}) shows or speaks itself: the "Do you need more time?" prompt and
 * the on-screen keyboard's key names, in the visitor's language, as one JSON attribute (keys without the
 * {@code kiosk.} prefix). Translated on the server like every other text, so the script holds no language of its own.
 */
final class GuardTexts {

    static final List<String> KEYS = List.of("kiosk.more-time.title", "kiosk.more-time.hint",
            "kiosk.more-time.countdown", "kiosk.more-time.countdown.one", "kiosk.more-time.button",
            "keyboard.label", "keyboard.backspace", "keyboard.shift", "keyboard.space", "keyboard.enter",
            "keyboard.close", "keyboard.close.short");

    private GuardTexts() {
    }

    static String json(UnaryOperator<String> translate) {
        ObjectNode texts = JsonNodeFactory.instance.objectNode();
        KEYS.forEach(key -> texts.put(key.startsWith("kiosk.") ? key.substring("kiosk.".length()) : key,
                translate.apply(key)));
        return texts.toString();
    }
}
