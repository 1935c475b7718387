package fi.pyykkinaru.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.kiosk.Screen;
import fi.pyykkinaru.kiosk.Screens;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.staff.AuditLog;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An organiser sets up an event's stands: adds one with its lines, languages and printers, is told what to mend
 * (nothing typed lost), is told when another organiser saved the same stand first, pairs screens by their code
 * (or the code a screen's QR code brought along) and unpairs them.
 */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class StandsViewTest extends SpringBrowserlessTest {

    private static final String PRINTER = "ipp://127.0.0.1:631/printers/Badges";

    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Stands stands;
    @Autowired Screens screens;
    @Autowired StandSettings settings;
    @Autowired AuditLog audit;

    private Event event;
    private Line practice;
    private Line question;

    @BeforeEach
    void event() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        practice = TestEvents.practiceLine(lines, event);
        question = TestEvents.answerLine(lines, event);
    }

    @Test
    void an_organiser_adds_a_stand_with_its_lines_languages_timeout_texts_and_printer() {
        StandsView view = open();
        test(view.newStand).click();
        test(view.name).setValue("Innotori");
        view.lines.setValue(Set.of(question));
        view.languages.setValue(Set.of("fi", "sv"));
        view.defaultLanguage.setValue("sv");
        test(view.idleTimeout).setValue(120);
        test(view.attractField("fi")).setValue("Kerro supervoimasi!");
        view.autoPrint.setValue(false);
        view.printers.get(fi.pyykkinaru.printing.PrinterPurpose.BADGE).setValue(PRINTER);
        test(view.save).click();

        Stand saved = only(stands.of(event.requireId()));
        assertThat(saved.name()).isEqualTo("Innotori");
        assertThat(saved.lineCodes()).containsExactly(question.code());
        assertThat(saved.languageCodes()).as("the default language first").containsExactly("sv", "fi");
        assertThat(saved.idleTimeoutSeconds()).isEqualTo(120);
        assertThat(saved.attract()).isNotNull();
        assertThat(saved.attract().fi()).isEqualTo("Kerro supervoimasi!");
        assertThat(saved.autoPrintBadges()).isFalse();
        assertThat(saved.badgePrinter()).isEqualTo(PRINTER);
        assertThat(saved.receiptPrinter()).isEmpty();
        assertThat(view.message.getText()).contains("Innotori");
        assertThat($(Button.class).withId("stand-edit-" + saved.requireId()).exists()).isTrue();
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("stand-created"));
        // A purpose without a printer is a warning in words and a sign, never the ready green.
        assertThat(view.printerStates.get(fi.pyykkinaru.printing.PrinterPurpose.RECEIPT).getText()).startsWith("⚠");
        assertThat(view.printerStates.get(fi.pyykkinaru.printing.PrinterPurpose.RECEIPT).getElement()
                .getAttribute("data-state")).isEqualTo("unset");
    }

    @Test
    void every_line_ticked_is_stored_as_all_lines_so_that_a_line_added_later_shows_too() {
        StandsView view = open();
        test(view.newStand).click();
        test(view.name).setValue("Kaikki narut");
        view.lines.setValue(Set.of(practice, question));
        test(view.save).click();

        assertThat(only(stands.of(event.requireId())).lineCodes()).isEmpty();
    }

    @Test
    void what_is_wrong_is_said_next_to_each_field_and_nothing_typed_is_lost() {
        stands.save(Stand.create(event.requireId(), "Innotori", settings));
        StandsView view = open();
        test(view.newStand).click();
        test(view.name).setValue("  ");
        // Typed past the field's own limits: the browser lets it through, saving must not.
        view.idleTimeout.setValue(5);
        test(view.attractField("sv")).setValue("Bara på svenska");
        view.printers.get(fi.pyykkinaru.printing.PrinterPurpose.A4).setValue("tulostin-aulassa");
        test(view.save).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).contains("nimi");
        assertThat(view.idleTimeout.isInvalid()).isTrue();
        assertThat(view.idleTimeout.getErrorMessage()).contains("15", "3600");
        assertThat(view.attractField("fi").isInvalid()).as("Finnish is needed when another language has a text").isTrue();
        assertThat(view.printers.get(fi.pyykkinaru.printing.PrinterPurpose.A4).isInvalid()).isTrue();
        assertThat(view.message.getText()).contains("4");
        assertThat(stands.of(event.requireId())).hasSize(1);
        assertThat(view.idleTimeout.getValue()).isEqualTo(5);
        assertThat(view.attractField("sv").getValue()).isEqualTo("Bara på svenska");
        assertThat(view.printers.get(fi.pyykkinaru.printing.PrinterPurpose.A4).getValue()).isEqualTo("tulostin-aulassa");

        test(view.name).setValue("innotori");
        test(view.idleTimeout).setValue(60);
        test(view.attractField("fi")).setValue("Tervetuloa");
        view.printers.get(fi.pyykkinaru.printing.PrinterPurpose.A4).setValue("");
        test(view.save).click();
        assertThat(view.name.isInvalid()).as("names are unique per event, whatever their case").isTrue();
        assertThat(view.name.getErrorMessage()).contains("innotori");
        assertThat(stands.of(event.requireId())).hasSize(1);

        test(view.name).setValue("Aula");
        test(view.save).click();
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(stands.of(event.requireId())).extracting(Stand::name).containsExactly("Aula", "Innotori");
    }

    @Test
    void a_stand_saved_by_another_organiser_meanwhile_is_not_overwritten_and_its_newer_values_are_shown() {
        Stand stand = stands.save(Stand.create(event.requireId(), "Innotori", settings));
        StandsView view = open();
        test($(Button.class).withId("stand-edit-" + stand.requireId()).single()).click();
        assertThat(view.name.getValue()).isEqualTo("Innotori");

        Stand theirs = stands.find(stand.requireId()).orElseThrow();
        stands.save(new Stand(theirs.id(), theirs.eventId(), "Innotori (aula)", theirs.lines(), theirs.languages(), 300,
                theirs.attract(), theirs.autoPrintBadges(), theirs.badgePrinter(), theirs.receiptPrinter(),
                theirs.a4Printer(), theirs.version()));
        test(view.idleTimeout).setValue(45);
        test(view.save).click();

        assertThat(view.message.getText()).contains("Toinen järjestäjä");
        assertThat(view.name.getValue()).isEqualTo("Innotori (aula)");
        assertThat(view.idleTimeout.getValue()).isEqualTo(300);
        assertThat(stands.find(stand.requireId()).orElseThrow().idleTimeoutSeconds()).isEqualTo(300);

        test(view.idleTimeout).setValue(45);
        test(view.save).click();
        assertThat(stands.find(stand.requireId()).orElseThrow().idleTimeoutSeconds()).as("saved on the newer values")
                .isEqualTo(45);
    }

    @Test
    void a_screen_is_paired_by_the_code_it_shows_and_an_unknown_code_is_said_next_to_the_field() {
        Stand stand = stands.save(Stand.create(event.requireId(), "Innotori", settings));
        Screen screen = screens.recognise(Screens.newToken(), "fi");
        StandsView view = open();

        test(view.pairCode).setValue("ZZZ-999");
        view.pairStand.setValue(stand(view, stand));
        test(view.pairSubmit).click();
        assertThat(view.pairCode.isInvalid()).isTrue();
        assertThat(view.pairCode.getErrorMessage()).contains("ZZZ999");
        assertThat(view.pairCode.getValue()).as("kept for mending").isEqualTo("ZZZ-999");

        String code = screen.pairingCode();
        test(view.pairCode).setValue(code.substring(0, 3).toLowerCase() + " " + code.substring(3).toLowerCase());
        test(view.pairSubmit).click();

        assertThat(view.pairCode.isInvalid()).isFalse();
        assertThat(screens.of(stand.requireId())).extracting(Screen::id).containsExactly(screen.id());
        assertThat(screens.of(stand.requireId()).getFirst().pairedBy()).isEqualTo("organiser");
        assertThat(view.pairMessage.getText()).contains(code, "Innotori");
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("screen-paired"));
    }

    @Test
    void the_address_a_screens_qr_code_opens_brings_its_code_along() {
        Screen screen = screens.recognise(Screens.newToken(), "sv");
        UI.getCurrent().navigate("staff/stands", QueryParameters.of("code", screen.pairingCode().toLowerCase()));
        StandsView view = $(StandsView.class).single();

        assertThat(view.pairCode.getValue()).isEqualTo(screen.pairingCode());
    }

    @Test
    void a_screen_is_unpaired_after_a_question_and_shows_a_new_code() {
        Stand stand = stands.save(Stand.create(event.requireId(), "Innotori", settings));
        Screen screen = screens.recognise(Screens.newToken(), "en");
        screens.pair(screen.pairingCode(), stand.requireId(), "organiser");
        StandsView view = open();
        assertThat(view.lastContact(screen.lastContact())).contains("juuri nyt");

        test(inGrid("screens-grid", "screen-revoke-" + screen.requireId())).click();
        assertThat($(Confirmation.class).single().isOpened()).isTrue();
        assertThat(screens.of(stand.requireId())).as("nothing before OK").hasSize(1);
        test($(Button.class).withId(Confirmation.OK).single()).click();

        assertThat(screens.of(stand.requireId())).isEmpty();
        Screen after = screens.all().stream().filter(s -> s.id().equals(screen.id())).findFirst().orElseThrow();
        assertThat(after.paired()).isFalse();
        assertThat(after.pairingCode()).isNotEqualTo(screen.pairingCode());
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("screen-revoked"));
    }

    private StandsView open() {
        StandsView view = navigate("staff/stands", StandsView.class);
        Event listed = view.event.getListDataView().getItems().filter(e -> e.id().equals(event.id())).findFirst()
                .orElseThrow();
        view.event.setValue(listed);
        return view;
    }

    private static Stand stand(StandsView view, Stand stand) {
        return view.pairStand.getListDataView().getItems().filter(s -> s.id().equals(stand.id())).findFirst()
                .orElseThrow();
    }

    private static Stand only(List<Stand> all) {
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    /** A row's button: a grid makes its cells' components only when asked for a row. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Button inGrid(String gridId, String buttonId) {
        Grid grid = $(Grid.class).withId(gridId).single();
        var rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < grid.getColumns().size(); column++) {
                Component cell;
                try {
                    cell = rows.getCellComponent(row, column);
                } catch (RuntimeException notAComponentColumn) {
                    continue;
                }
                Optional<Button> found = cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                        .filter(b -> b.getId().filter(buttonId::equals).isPresent()).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new AssertionError("No " + buttonId + " in " + gridId);
    }
}
