package fi.pyykkinaru.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import fi.pyykkinaru.PyykkinaruTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the server tells the stand's guard for the "Do you need more time?" prompt: how long it counts down, whether
 * an idle reset here would take anything away (the wall in the stand's language: no), and the prompt's and the
 * on-screen keyboard's texts in the visitor's language.
 */
@PyykkinaruTest
class MoreTimeGuardTest extends SpringBrowserlessTest {

    @Autowired StandSettings settings;

    private Element guard() {
        return find(KioskLayout.class).single().guard;
    }

    private JsonNode texts() {
        return JsonMapper.builder().build().readTree(guard().getAttribute("texts"));
    }

    @Test
    void the_wall_rests_a_form_does_not_and_the_countdown_is_the_stands() {
        navigate("", Component.class);
        assertThat(guard().getAttribute("warning")).isEqualTo(String.valueOf(settings.idleWarning().toSeconds()));
        assertThat(settings.idleWarning().toSeconds()).isGreaterThanOrEqualTo(20);
        assertThat(guard().hasAttribute("resting")).isTrue();

        navigate("report/hyva-kaytanto", Component.class);
        assertThat(guard().hasAttribute("resting")).isFalse();
    }

    @Test
    void texts_follow_the_language_and_the_idle_reset_brings_the_stands_own_back() {
        navigate("", Component.class);
        assertThat(texts().path("more-time.title").asString()).isEqualTo("Tarvitsetko lisää aikaa?");
        assertThat(texts().path("more-time.button").asString()).isEqualTo("Kyllä, lisää aikaa");
        assertThat(texts().path("more-time.countdown").asString()).contains("{0}");
        assertThat(texts().path("keyboard.backspace").asString()).startsWith("Askelpalautin");
        assertThat(texts().path("keyboard.space").asString()).isEqualTo("Välilyönti");
        GuardTexts.KEYS.forEach(key -> assertThat(texts().path(key.replaceFirst("^kiosk\\.", "")).asString())
                .as(key).isNotBlank());

        test(find(Button.class).id("lang-sv")).click();
        // Another language is the visitor's choice: a reset would take it away, so the wall asks first.
        assertThat(guard().hasAttribute("resting")).isFalse();
        assertThat(texts().path("more-time.title").asString()).isEqualTo("Behöver du mer tid?");
        assertThat(texts().path("keyboard.shift").asString()).isEqualTo("Stora bokstäver och tecken");

        test(find(Button.class).id("lang-en")).click();
        assertThat(texts().path("more-time.title").asString()).isEqualTo("Do you need more time?");
        assertThat(texts().path("keyboard.close").asString()).isEqualTo("Hide the keyboard");

        Element guard = guard();
        guard.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(guard, "kiosk-idle", JsonNodeFactory.instance.objectNode()));
        assertThat(guard().hasAttribute("resting")).isTrue();
        assertThat(texts().path("more-time.title").asString()).isEqualTo("Tarvitsetko lisää aikaa?");
    }
}
