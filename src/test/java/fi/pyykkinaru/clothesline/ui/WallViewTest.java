package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.kiosk.KioskLayout;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

@PyykkinaruTest
class WallViewTest extends SpringBrowserlessTest {

    @Test
    void the_wall_shows_the_sample_lines_with_their_slips() {
        WallView wall = navigate(WallView.class);

        assertThat(wall.panels).extracting(p -> p.prompt.getText())
                .containsExactly("Ilmianna hyvä käytäntö", "Jo luettelossa: kuvatut käytännöt", "Mikä on supervoimasi?",
                        "Penkkikahvila: mitä päättäjien pitäisi kuulla?");
        assertThat(find(SlipCard.class).withClassName("slip").withCondition(c -> c.title().equals("Kävelevä kahvila")).exists()).isTrue();
        assertThat(wall.drumLabel.getText()).isEqualTo("Ilmianna hyvä käytäntö");
    }

    @Test
    void tapping_a_slip_shows_it_large() {
        navigate(WallView.class);
        SlipCard card = find(SlipCard.class).withCondition(c -> c.title().equals("Kävelevä kahvila")).single();

        test(card).click();

        SlipDialog dialog = find(SlipDialog.class).single();
        assertThat(dialog.detail.title.getText()).isEqualTo("Kävelevä kahvila");
        assertThat(dialog.detail.body.getText()).startsWith("Ikäihmiset ja opiskelijat");
        assertThat(dialog.detail.facts.getElement().getTextRecursively()).contains("Pirkanmaa", "Ikääntyneet");
    }

    @Test
    void a_catalogue_card_opens_its_entry_and_a_report_of_a_practice_in_the_catalogue_leads_to_it() {
        navigate(WallView.class);
        CatalogueCard card = find(CatalogueCard.class).withCondition(c -> c.title().equals("Lukulähettiläät")).single();

        test(card).click();

        CatalogueEntryDialog entry = find(CatalogueEntryDialog.class).single();
        assertThat(entry.title.getText()).isEqualTo("Lukulähettiläät");
        assertThat(entry.address.getText()).isEqualTo("https://example.org/kaytannot/lukulahettilaat");
        assertThat(entry.qr.getSrc()).startsWith("data:image/png;base64,");
        test(entry.close).click();

        SlipCard walking = find(SlipCard.class).withCondition(c -> c.title().equals("Kävelevä kahvila")).single();
        assertThat(walking.getElement().getProperty("innerHTML", "")).contains("slip-in-catalogue", "Luettelossa");
        test(walking).click();
        SlipDialog dialog = find(SlipDialog.class).single();
        test(find(Button.class).id("slip-open-catalogue")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(CatalogueEntryDialog.class).single().title.getText()).isEqualTo("Kävelevä kahvila");
    }

    @Test
    void the_drum_opens_the_report_form_of_the_first_line() {
        WallView wall = navigate(WallView.class);

        test(wall.startReport).click();

        assertThat(getCurrentView()).isInstanceOf(WriteSlipView.class);
        assertThat(((WriteSlipView) getCurrentView()).prompt.getText()).isEqualTo("Ilmianna hyvä käytäntö");
    }

    @Test
    void the_language_switch_changes_every_text() {
        WallView wall = navigate(WallView.class);
        test(find(Button.class).id("lang-sv")).click();

        assertThat(wall.panels.getFirst().prompt.getText()).isEqualTo("Ange en god praxis");
        assertThat(wall.panels.getFirst().add.getText()).isEqualTo("+ Ny lapp");
        assertThat(find(Button.class).id("lang-sv").getElement().getAttribute("aria-pressed")).isEqualTo("true");

        test(find(Button.class).id("lang-en")).click();

        assertThat(wall.drumLabel.getText()).isEqualTo("Report a good practice");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void the_language_switch_draws_the_slips_shown_again_in_the_new_words() {
        WallView wall = navigate(WallView.class);
        String count = wall.panels.getFirst().count.getText();

        test(find(Button.class).id("lang-sv")).click();

        String walking = find(SlipCard.class).withCondition(c -> c.title().equals("Kävelevä kahvila")).single()
                .getElement().getProperty("innerHTML", "");
        // Its texts escaped as ever (ä is &auml;); its +1s and their label for screen readers in Swedish too.
        assertThat(walking).contains("K&auml;velev&auml; kahvila", "Birkaland", "I katalogen", "aria-label=\"3 r&ouml;ster\">+3<")
                .doesNotContain("Pirkanmaa", "Luettelossa", "&auml;&auml;nt&auml;");
        assertThat(wall.panels.getFirst().count.getText()).isEqualTo(count.replace("lappua", "lappar"));
        assertThat(wall.panels.getFirst().slips.getElement().getAttribute("aria-label")).isEqualTo(
                wall.panels.getFirst().getTranslation(java.util.Locale.of("sv"), "wall.page", 1));
    }

    @Test
    void the_rehearsal_that_warms_a_fresh_server_leaves_the_wall_as_it_was() {
        WallView wall = navigate(WallView.class);
        long slipsBefore = find(SlipCard.class).all().size();

        wall.rehearse();

        assertThat(getCurrentView()).isSameAs(wall);
        assertThat(find(SlipCard.class).all()).hasSize((int) slipsBefore);
    }

    @Test
    void the_attract_loop_ends_with_a_touch() {
        WallView wall = navigate(WallView.class);
        WriteSlipViewTest.fireIdle((KioskLayout) wall.getParent().orElseThrow().getParent().orElseThrow());
        assertThat(wall.attract.isVisible()).isTrue();

        test(wall.attract).click();

        assertThat(wall.attract.isVisible()).isFalse();
    }
}
