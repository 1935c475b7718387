package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.KioskLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selkosuomi and the other plain variants: a choice next to the languages, for this visitor only. */
@PyykkinaruTest
class PlainLanguageTest extends SpringBrowserlessTest {

    private Button button(String id) {
        return find(Button.class).id(id);
    }

    private List<Button> switcher() {
        return find(Button.class).withCondition(b -> b.getId().orElse("").startsWith("lang-")).all();
    }

    private String pressed(String id) {
        return button(id).getElement().getAttribute("aria-pressed");
    }

    @Test
    void selkosuomi_is_offered_next_to_the_languages_and_the_other_plain_variants_next_to_their_language() {
        navigate("", WallView.class);

        // Browserless finds only what is shown.
        assertThat(switcher()).extracting(Button::getText).containsExactly("Suomi", "Selkosuomi", "Svenska", "English");
        assertThat(switcher()).extracting(b -> b.getId().orElseThrow())
                .containsExactly("lang-fi", "lang-plain-fi", "lang-sv", "lang-en");
        // Selkosuomi is Finnish: a screen reader reads the label, and speech speaks it, with the Finnish voice.
        assertThat(button("lang-plain-fi").getElement().getAttribute("lang")).isEqualTo("fi");
        assertThat(pressed("lang-fi")).isEqualTo("true");
        assertThat(pressed("lang-plain-fi")).isEqualTo("false");

        test(button("lang-sv")).click();

        assertThat(switcher()).extracting(Button::getText)
                .containsExactly("Suomi", "Selkosuomi", "Svenska", "Lättläst", "English");
        assertThat(button("lang-plain-sv").getElement().getAttribute("lang")).isEqualTo("sv");

        test(button("lang-en")).click();

        assertThat(switcher()).extracting(b -> b.getId().orElseThrow())
                .containsExactly("lang-fi", "lang-plain-fi", "lang-sv", "lang-en", "lang-plain-en");
        assertThat(button("lang-plain-en").getText()).isEqualTo("Plain English");
    }

    @Test
    void selkosuomi_rewrites_the_wall_and_the_report_form() {
        WallView wall = navigate("", WallView.class);
        assertThat(wall.scanSession.getText()).isEqualTo("Anna palautetta sessiosta");

        test(button("lang-plain-fi")).click();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.PLAIN_FINNISH);
        assertThat(pressed("lang-plain-fi")).isEqualTo("true");
        assertThat(pressed("lang-fi")).isEqualTo("false");
        assertThat(wall.scanSession.getText()).isEqualTo("Anna palautetta tilaisuudesta");
        assertThat(wall.startRegister.getText()).isEqualTo("Ilmoittaudu. Saat nimikortin.");
        // Not rewritten: the Finnish text.
        assertThat(wall.openProgramme.getText()).isEqualTo("Ohjelma ja palaute");

        WriteSlipView form = navigate("report/hyva-kaytanto", WriteSlipView.class);
        assertThat(form.formStep.form.body.getLabel()).isEqualTo("Kerro, mikä se on. Miksi se on hyvä?");
        assertThat(form.formStep.form.title.getLabel()).isEqualTo("Käytännön nimi");
        assertThat(form.previewStep.peg.getText()).isEqualTo("Ripusta narulle");
        assertThat(pressed("lang-plain-fi")).as("the choice holds from screen to screen").isEqualTo("true");
    }

    @Test
    void plain_swedish_rewrites_only_the_long_texts() {
        navigate("report/hyva-kaytanto", WriteSlipView.class);
        test(button("lang-sv")).click();

        test(button("lang-plain-sv")).click();

        WriteSlipView form = (WriteSlipView) getCurrentView();
        assertThat(form.formStep.form.otherNotice.getText())
                .isEqualTo("Vi kontaktar den som gör det. Vi ber om en kort text. Vi publicerar texten.");
        assertThat(form.formStep.form.title.getLabel()).isEqualTo("Praxisens namn");
        assertThat(pressed("lang-plain-sv")).isEqualTo("true");
        assertThat(pressed("lang-sv")).isEqualTo("false");
    }

    @Test
    void the_plain_choice_ends_with_the_visit_at_the_idle_reset() {
        WriteSlipView form = navigate("report/hyva-kaytanto", WriteSlipView.class);
        test(button("lang-plain-fi")).click();
        KioskLayout layout = (KioskLayout) form.getParent().orElseThrow().getParent().orElseThrow();

        WriteSlipViewTest.fireIdle(layout);

        assertThat(getCurrentView()).isInstanceOf(WallView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.FINNISH);
        assertThat(pressed("lang-fi")).isEqualTo("true");
        assertThat(pressed("lang-plain-fi")).isEqualTo("false");
        assertThat(((WallView) getCurrentView()).scanSession.getText()).isEqualTo("Anna palautetta sessiosta");
    }

    @Test
    void the_plain_choice_ends_with_done() {
        navigate("", WallView.class);
        test(button("lang-plain-fi")).click();
        navigate("report/hyva-kaytanto", WriteSlipView.class);

        test(button("done")).click();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.FINNISH);
        assertThat(pressed("lang-fi")).isEqualTo("true");
    }
}
