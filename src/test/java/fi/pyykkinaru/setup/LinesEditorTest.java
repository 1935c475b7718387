package fi.pyykkinaru.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineDraft;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class LinesEditorTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    LinesEditor editor;
    Event event;

    @BeforeEach
    void shown() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        editor = context.getBean(LinesEditor.class);
        UI.getCurrent().add(editor);
        editor.show(event);
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    @Test
    void an_organiser_adds_a_question_line_with_a_suggested_code() {
        test(editor.add).click();
        assertThat(editor.form.isVisible()).isTrue();
        test(editor.kind).selectItem("Kysymysnaru");
        assertThat(editor.themed.isVisible()).as("a question line may ask for themes").isTrue();
        test(editor.promptFi).setValue("Mikä on supervoimasi?");
        assertThat(editor.code.getValue()).isEqualTo("mika-on-supervoimasi");
        test(editor.promptEn).setValue("What is your superpower?");
        test(editor.helpFi).setValue("Yksi lause riittää.");
        test(editor.themed).click();

        test(editor.save).click();

        assertThat(editor.form.isVisible()).isFalse();
        Line saved = lines.active(event.requireId()).getFirst();
        assertThat(saved.code()).isEqualTo("mika-on-supervoimasi");
        assertThat(saved.prompt().en()).isEqualTo("What is your superpower?");
        assertThat(saved.prompt().sv()).as("empty falls back to Finnish").isEqualTo("Mikä on supervoimasi?");
        assertThat(saved.themed()).isTrue();
        assertThat(editor.status.getText()).contains("lisättiin");
        assertThat(button("line-edit-mika-on-supervoimasi").isVisible()).isTrue();
    }

    @Test
    void problems_are_shown_at_their_fields_and_what_was_typed_stays() {
        lines.add(event.requireId(), new LineDraft("varattu", LineKind.ANSWER, "Varattu?", null, null, null, null, null, false));
        editor.show(event);
        test(editor.add).click();
        test(editor.code).setValue("varattu");
        test(editor.promptSv).setValue("Bara på svenska");

        test(editor.save).click();

        assertThat(editor.form.isVisible()).isTrue();
        assertThat(editor.code.isInvalid()).isTrue();
        assertThat(editor.code.getErrorMessage()).contains("varattu");
        assertThat(editor.promptFi.isInvalid()).isTrue();
        assertThat(editor.promptFi.getErrorMessage()).isEqualTo("Tämä tieto tarvitaan.");
        assertThat(editor.promptSv.getValue()).isEqualTo("Bara på svenska");
        assertThat(lines.active(event.requireId())).hasSize(1);
    }

    @Test
    void a_second_organisers_save_is_shown_and_what_was_typed_is_kept() {
        Line line = lines.add(event.requireId(), new LineDraft("kysymys", LineKind.ANSWER, "Alkuperäinen?", null, null,
                null, null, null, false));
        editor.show(event);
        test(button("line-edit-kysymys")).click();
        assertThat(editor.code.isReadOnly()).as("stands refer to the code").isTrue();
        // Meanwhile another organiser saves the same line.
        lines.update(line, new LineDraft(null, LineKind.ANSWER, "Toisen järjestäjän?", null, null, null, null, null, false));
        test(editor.promptFi).setValue("Minun versioni?");

        test(editor.save).click();

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.promptFi.getValue()).isEqualTo("Minun versioni?");
        assertThat(editor.promptFi.getHelperText()).contains("Toisen järjestäjän?");
        assertThat(lines.find(line.requireId()).orElseThrow().prompt().fi()).isEqualTo("Toisen järjestäjän?");

        test(editor.save).click();

        assertThat(lines.find(line.requireId()).orElseThrow().prompt().fi()).as("saved again on purpose")
                .isEqualTo("Minun versioni?");
    }

    @Test
    void lines_are_moved_closed_and_a_line_with_slips_is_not_removed() {
        lines.add(event.requireId(), new LineDraft("eka", LineKind.ANSWER, "Eka?", null, null, null, null, null, false));
        Line second = lines.add(event.requireId(), new LineDraft("toka", LineKind.ANSWER, "Toka?", null, null, null,
                null, null, false));
        slips.peg(second.requireId(), SlipDraft.answer("Vastaus", null, null), null);
        editor.show(event);
        assertThat(button("line-up-eka").isEnabled()).isFalse();

        test(button("line-up-toka")).click();
        assertThat(lines.active(event.requireId())).extracting(Line::code).containsExactly("toka", "eka");

        test(button("line-toggle-toka")).click();
        assertThat(lines.find(second.requireId()).orElseThrow().accepting()).isFalse();
        assertThat(button("line-toggle-toka").getText()).isEqualTo("Avaa");
        assertThat(editor.status.getText()).contains("suljettiin");

        test(button("line-remove-toka")).click();
        assertThat(editor.status.getText()).contains("1 lappu", "Sulje");
        assertThat(lines.active(event.requireId())).hasSize(2);
    }

    @Test
    void every_target_is_touch_sized_and_labelled() {
        lines.add(event.requireId(), new LineDraft("eka", LineKind.PRACTICE, "Eka", null, null, null, null, null, false));
        editor.show(event);

        assertThat(button("line-up-eka").getElement().getAttribute("aria-label")).isEqualTo("Siirrä ylemmäs: Eka");
        assertThat(editor.kind.getItemLabelGenerator().apply(LineKind.CATALOGUE)).isEqualTo("Luettelonaru");
    }
}
