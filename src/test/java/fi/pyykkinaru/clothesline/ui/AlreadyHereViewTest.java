package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.clothesline.PracticeSearch;
import fi.pyykkinaru.kiosk.ThisStand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PyykkinaruTest
class AlreadyHereViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ThisStand stand;

    private long walkingCafe() {
        return jdbc.queryForObject("select id from slip where title = 'Kävelevä kahvila'", Long.class);
    }

    @AfterEach
    void forgetTheVoicesAdded() {
        // The sample's own voices have no stand of this name; the ones these tests add do.
        jdbc.update("delete from slip_voice where stand = 'Test stand'");
    }

    @Test
    void an_inflected_name_typed_shows_the_slip_already_on_the_line() {
        WriteSlipView view = navigate("report/hyva-kaytanto", WriteSlipView.class);

        test(view.formStep.form().title).setValue("kävelevässä kahvilassa");

        AlreadyHere already = view.formStep.form().alreadyHere;
        assertThat(already.isVisible()).isTrue();
        assertThat(already.found()).extracting(PracticeSearch.Found::id).contains(walkingCafe());
        test(view.formStep.form().title).setValue("ab");
        assertThat(already.isVisible()).isFalse();
    }

    @Test
    void a_voice_added_instead_of_a_slip_is_stored_and_counted() {
        long before = jdbc.queryForObject("select count(*) from slip_voice where slip_id = ?", Long.class, walkingCafe());
        WriteSlipView view = navigate("report/hyva-kaytanto", WriteSlipView.class);
        test(view.formStep.form().title).setValue("Kävelevä kahvila");
        PracticeSearch.Found found = view.formStep.form().alreadyHere.found().stream()
                .filter(f -> f.id() == walkingCafe()).findFirst().orElseThrow();

        test(view.formStep.form().alreadyHere.items.getChildren()
                .filter(c -> c.getElement().getAttribute("data-id").equals(String.valueOf(found.id()))).findFirst()
                .orElseThrow()).click();
        VoiceDialog dialog = view.voiceDialog;
        assertThat(dialog).isNotNull();
        test(dialog.comment).setValue("Hyvä idea!");
        test(dialog.plusOne).click();

        assertThat(dialog.thanks.getText()).contains(String.valueOf(before + 1));
        assertThat(jdbc.queryForObject("select count(*) from slip_voice where slip_id = ?", Long.class, walkingCafe()))
                .isEqualTo(before + 1);
        assertThat(view.hasUnsavedWork()).as("the name typed was for the voice, not a slip left unsent").isFalse();
    }
}
