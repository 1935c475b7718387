package fi.pyykkinaru.harvest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.harvest.BenchBriefs;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.printing.PdfChecks;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The organiser making the bench-café brief: filtering the answers, picking and ordering quotes, summing up a theme. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class BriefEditorTest extends SpringBrowserlessTest {

    @Autowired BenchBriefs briefs;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;

    private Event event;
    private Line bench;
    private Slip bus;
    private Slip library;

    @BeforeEach
    void data() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        bench = lines.create(new Line(null, event.requireId(), "penkkikahvila", LineKind.ANSWER,
                new LocalizedText("Mitä päättäjien pitäisi kuulla?", "Vad?", "What?"), null, 3, true, true, true, 0));
        bus = slips.peg(bench.requireId(), SlipDraft.answer("Lisää iltabusseja", null, Region.KAINUU,
                Set.of("ikaantyneet")), "Halli A");
        library = slips.peg(bench.requireId(), SlipDraft.answer("Kirjastot auki sunnuntaisin", null, Region.SATAKUNTA,
                Set.of()), "Halli A");
    }

    @Test
    void the_answers_narrow_by_theme_and_region() {
        BriefEditor editor = open();

        assertThat(slipsShown(editor.answerList)).containsExactly(bus.id(), library.id());
        test(editor.region).selectItem("Satakunta");
        assertThat(slipsShown(editor.answerList)).containsExactly(library.id());
        editor.region.clear();
        test(editor.theme).selectItem("Ikääntyneet");
        assertThat(slipsShown(editor.answerList)).containsExactly(bus.id());
        assertThat(editor.answersHeading.getText()).isEqualTo("Vastaukset (1)");
    }

    @Test
    void quotes_picked_moved_and_summed_up_are_saved_at_once_and_the_download_reads_them() throws Exception {
        BriefEditor editor = open();

        test(button(editor, "brief-pick-" + bus.id())).click();
        test(button(editor, "brief-pick-" + library.id())).click();
        test(button(editor, "brief-up-" + library.id())).click();
        test(editor.summaries.get("ikaantyneet")).setValue("Iltaisin pitää päästä liikkeelle.");

        assertThat(briefs.of(bench).slipIds()).containsExactly(library.id(), bus.id());
        assertThat(briefs.of(bench).summary("ikaantyneet")).isEqualTo("Iltaisin pitää päästä liikkeelle.");
        assertThat(slipsShown(editor.quoteList)).containsExactly(library.id(), bus.id());
        assertThat(button(editor, "brief-pick-" + bus.id()).isEnabled()).as("picked once").isFalse();
        assertThat(editor.message.getText()).isEqualTo("Tallennettu");

        test(editor.preview).click();
        assertThat(editor.previewArea.getElement().getTextRecursively())
                .contains("Iltaisin pitää päästä liikkeelle.", "“Kirjastot auki sunnuntaisin”");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(editor.download).download(pdf);
        String text = PdfChecks.text(pdf.toByteArray()).replaceAll("\\s+", " ");
        assertThat(text.indexOf("“Kirjastot auki")).isPositive().isLessThan(text.indexOf("“Lisää iltabusseja"));

        test(button(editor, "brief-drop-" + library.id())).click();
        assertThat(briefs.of(bench).slipIds()).containsExactly(bus.id());
    }

    private BriefEditor open() {
        BriefEditor editor = new BriefEditor(event, bench, briefs, null);
        editor.open();
        roundTrip();
        return editor;
    }

    private static List<Long> slipsShown(Component list) {
        return list.getChildren().filter(row -> row.getElement().hasAttribute("data-slip"))
                .map(row -> Long.parseLong(row.getElement().getAttribute("data-slip"))).toList();
    }

    private static com.vaadin.flow.component.button.Button button(BriefEditor editor, String id) {
        return editor.getChildren().flatMap(BriefEditorTest::all)
                .filter(c -> id.equals(c.getId().orElse(null)))
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<Component> all(Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
                component.getChildren().flatMap(BriefEditorTest::all));
    }
}
