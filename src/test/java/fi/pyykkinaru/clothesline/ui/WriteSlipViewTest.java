package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineDraft;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.clothesline.WallSlip;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.kiosk.ThisStand;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

@PyykkinaruTest
class WriteSlipViewTest extends SpringBrowserlessTest {

    @Autowired Slips slips;
    @Autowired Lines lines;
    @Autowired ThisStand stand;

    private WriteSlipView openPracticeForm() {
        return navigate("report/hyva-kaytanto", WriteSlipView.class);
    }

    @Test
    void an_empty_slip_is_answered_next_to_each_field_and_nothing_is_pegged() {
        WriteSlipView view = openPracticeForm();

        test(view.formStep.preview).click();

        assertThat(view.formStep.form.title.isInvalid()).isTrue();
        assertThat(view.formStep.form.title.getErrorMessage()).isEqualTo("Tämä tieto tarvitaan.");
        assertThat(view.formStep.form.body.isInvalid()).isTrue();
        assertThat(view.formStep.form.ownershipError.getText()).isEqualTo("Valitse toinen vaihtoehdoista.");
        assertThat(view.formStep.isVisible()).isTrue();
        assertThat(view.previewStep.isVisible()).isFalse();
    }

    @Test
    void a_visitor_fills_in_previews_pegs_and_is_thanked() {
        WriteSlipView view = openPracticeForm();
        test(view.formStep.form.title).setValue("Lähiliikuntapaikka ikäihmisille");
        test(view.formStep.form.body).setValue("Ohjattu kuntosali puistossa.\nMaksuton.");
        test(view.formStep.form.organisation).setValue("Liikuntapalvelut");
        test(view.formStep.form.other).click();
        assertThat(view.formStep.form.otherNotice.isVisible()).isTrue();
        test(view.formStep.form.region).selectItem(view.formStep.form.region.getItemLabelGenerator().apply(Region.KAINUU));

        test(view.formStep.preview).click();
        assertThat(view.previewStep.isVisible()).isTrue();
        assertThat(view.previewStep.body.getText()).isEqualTo("Ohjattu kuntosali puistossa.\nMaksuton.");

        test(view.previewStep.peg).click();

        assertThat(view.thanksStep.isVisible()).isTrue();
        assertThat(view.thanksStep.text.getText()).isEqualTo("Lappusi roikkuu nyt narulla kaikkien nähtävänä.");
        var line = lines.shown(stand.event().id(), stand.current().lineCodes()).getFirst();
        assertThat(slips.wallPage(line, 0, 1).slips()).extracting(WallSlip::title, WallSlip::region)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lähiliikuntapaikka ikäihmisille", Region.KAINUU));
    }

    @Test
    void editing_after_the_preview_keeps_everything_typed() {
        WriteSlipView view = openPracticeForm();
        test(view.formStep.form.title).setValue("Nimi");
        test(view.formStep.form.body).setValue("Kuvaus");
        test(view.formStep.form.own).click();
        test(view.formStep.preview).click();

        test(view.previewStep.edit).click();

        assertThat(view.formStep.isVisible()).isTrue();
        assertThat(view.formStep.form.title.getValue()).isEqualTo("Nimi");
        assertThat(view.formStep.form.body.getValue()).isEqualTo("Kuvaus");
        assertThat(view.formStep.form.own.getElement().getAttribute("aria-checked")).isEqualTo("true");
    }

    @Test
    void control_characters_are_taken_out_with_a_message_and_the_rest_is_kept() {
        WriteSlipView view = openPracticeForm();
        test(view.formStep.form.title).setValue("Piilo\u0007merkki");

        test(view.formStep.preview).click();

        assertThat(view.formStep.form.title.getValue()).isEqualTo("Piilomerkki");
        assertThat(view.formStep.form.title.getErrorMessage()).contains("ohjausmerkkejä");
    }

    @Test
    void an_overlong_name_says_how_long_it_may_be() {
        WriteSlipView view = openPracticeForm();
        test(view.formStep.form.title).setValue("a".repeat(130));

        test(view.formStep.preview).click();

        assertThat(view.formStep.form.title.getErrorMessage()).isEqualTo("Teksti on liian pitkä: 130 merkkiä, enintään 120. Lyhennä vähän.");
        assertThat(view.formStep.form.title.getValue()).hasSize(130);
    }

    @Test
    void the_consent_tick_is_asked_for_when_a_name_is_given() {
        WriteSlipView view = openPracticeForm();
        test(view.formStep.form.reporterName).setValue("Maija");

        test(view.formStep.preview).click();

        assertThat(view.formStep.form.consentError.getText()).startsWith("Rastita lupa");
    }

    @Test
    void an_answer_line_shows_only_its_short_form() {
        WriteSlipView view = navigate("report/supervoima", WriteSlipView.class);

        assertThat(view.prompt.getText()).isEqualTo("Mikä on supervoimasi?");
        assertThat(view.formStep.form.title.getLabel()).isEqualTo("Vastauksesi");
        assertThat(view.formStep.form.own.isAttached()).isFalse();
        test(view.formStep.form.title).setValue("Kuuntelen");
        test(view.formStep.preview).click();
        test(view.previewStep.peg).click();

        assertThat(view.thanksStep.isVisible()).isTrue();
    }

    @Test
    void a_closed_line_is_not_offered_and_an_open_lines_help_text_is_shown_under_its_prompt() {
        List<Line> shown = lines.shown(stand.event().requireId(), stand.current().lineCodes());
        Line bench = shown.stream().filter(l -> l.code().equals("penkkikahvila")).findFirst().orElseThrow();
        Line superpower = shown.stream().filter(l -> l.code().equals("supervoima")).findFirst().orElseThrow();
        lines.setAccepting(bench.requireId(), false);
        lines.update(superpower, new LineDraft(null, LineKind.ANSWER, superpower.prompt().fi(), superpower.prompt().sv(),
                superpower.prompt().en(), "Yksi lause riittää.", null, null, false));
        try {
            WriteSlipView view = navigate("report/penkkikahvila", WriteSlipView.class);
            assertThat(view.prompt.getText()).as("a closed line's address opens an open line")
                    .isNotEqualTo(bench.prompt().fi());
            assertThat(view.chooser.getChildren().map(c -> c.getId().orElse("")))
                    .doesNotContain("report-line-penkkikahvila").contains("report-line-supervoima");

            view = navigate("report/supervoima", WriteSlipView.class);
            assertThat(view.help.isVisible()).isTrue();
            assertThat(view.help.getText()).isEqualTo("Yksi lause riittää.");
        } finally {
            lines.setAccepting(bench.requireId(), true);
            lines.update(lines.find(superpower.requireId()).orElseThrow(), LineDraft.of(superpower));
        }
    }

    @Test
    void a_line_closed_while_the_visitor_writes_says_so_and_keeps_the_text() {
        WriteSlipView view = navigate("report/supervoima", WriteSlipView.class);
        assertThat(view.help.isVisible()).as("no help text, no empty paragraph").isFalse();
        test(view.formStep.form.title).setValue("Kuuntelen loppuun");
        long lineId = lines.shown(stand.event().requireId(), stand.current().lineCodes()).stream()
                .filter(l -> l.code().equals("supervoima")).findFirst().orElseThrow().requireId();
        lines.setAccepting(lineId, false);
        try {
            test(view.formStep.preview).click();

            assertThat(view.formStep.form.lineError.isVisible()).isTrue();
            assertThat(view.formStep.form.lineError.getText()).contains("suljettu");
            assertThat(view.formStep.form.title.getValue()).isEqualTo("Kuuntelen loppuun");
            assertThat(view.previewStep.isVisible()).isFalse();
        } finally {
            lines.setAccepting(lineId, true);
        }
    }

    @Test
    void the_form_speaks_the_chosen_language() {
        WriteSlipView view = openPracticeForm();
        test(view.formStep.form.title).setValue("Keskeneräinen");

        UI.getCurrent().getSession().setLocale(java.util.Locale.of("sv"));

        assertThat(view.formStep.form.title.getLabel()).isEqualTo("Praxisens namn");
        assertThat(view.previewStep.peg.getText()).isEqualTo("Häng upp på linan");
        assertThat(view.formStep.form.title.getValue()).isEqualTo("Keskeneräinen");
    }

    @Test
    void an_idle_stand_throws_the_half_filled_form_away_and_shows_the_attract_loop() {
        WriteSlipView view = openPracticeForm();
        test(view.formStep.form.title).setValue("Kesken jäänyt");
        UI.getCurrent().getSession().setLocale(java.util.Locale.ENGLISH);
        var layout = (fi.pyykkinaru.kiosk.KioskLayout) view.getParent().orElseThrow().getParent().orElseThrow();

        fireIdle(layout);

        assertThat(getCurrentView()).isInstanceOf(WallView.class);
        assertThat(((WallView) getCurrentView()).attract.isVisible()).isTrue();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fi");
        WriteSlipView fresh = openPracticeForm();
        assertThat(fresh.formStep.form.title.getValue()).isEmpty();
    }

    @Test
    void done_with_nothing_typed_ends_the_visit_at_once() {
        openPracticeForm();
        UI.getCurrent().getSession().setLocale(java.util.Locale.of("sv"));
        String voter = fi.pyykkinaru.kiosk.Visitor.voterKey();

        test(find(com.vaadin.flow.component.button.Button.class).id("done")).click();

        assertThat(getCurrentView()).isInstanceOf(WallView.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fi");
        assertThat(fi.pyykkinaru.kiosk.Visitor.voterKey()).isNotEqualTo(voter);
        // The wall is where visits begin: no Done there (a hidden button is not found).
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("done").exists()).isFalse();
    }

    @Test
    void done_on_a_half_written_slip_asks_before_throwing_the_text_away() {
        WriteSlipView view = openPracticeForm();
        test(view.formStep.form.title).setValue("Melkein valmis");
        var done = find(com.vaadin.flow.component.button.Button.class).id("done");

        test(done).click();
        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).id("confirm-dialog");
        assertThat(dialog.isOpened()).isTrue();
        test(find(com.vaadin.flow.component.button.Button.class).id("confirm-cancel")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.formStep.form.title.getValue()).isEqualTo("Melkein valmis");

        test(done).click();
        test(find(com.vaadin.flow.component.button.Button.class).id("confirm-ok")).click();

        assertThat(getCurrentView()).isInstanceOf(WallView.class);
        assertThat(openPracticeForm().formStep.form.title.getValue()).isEmpty();
    }

    @Test
    void back_on_the_wall_the_writer_sees_their_own_slip_marked_until_it_has_been_seen() {
        WriteSlipView view = openPracticeForm();
        test(view.formStep.form.title).setValue("Oma lappu narulla");
        test(view.formStep.form.body).setValue("Näkyy heti.");
        test(view.formStep.form.organisation).setValue("Kirjoittajan yhdistys");
        test(view.formStep.form.other).click();
        test(view.formStep.preview).click();
        test(view.previewStep.peg).click();

        test(view.thanksStep.done).click();

        WallView wall = (WallView) getCurrentView();
        SlipCard mine = find(SlipCard.class).withCondition(c -> c.title().equals("Oma lappu narulla")).single();
        assertThat(mine.hasClassName("slip--yours")).isTrue();
        assertThat(mine.getElement().getProperty("innerHTML")).contains("Sinun lappusi");
        assertThat(find(SlipCard.class).withClassName("slip--yours").all()).hasSize(1);

        wall.pinnedSeen();

        assertThat(mine.hasClassName("slip--yours")).isFalse();
        assertThat(mine.getElement().getProperty("innerHTML")).doesNotContain("Sinun lappusi");
    }

    static void fireIdle(fi.pyykkinaru.kiosk.KioskLayout layout) {
        var guard = layout.getElement().getChildren().filter(e -> "pk-kiosk".equals(e.getTag())).findFirst().orElseThrow();
        guard.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(guard, "kiosk-idle", JsonNodeFactory.instance.objectNode()));
    }
}
