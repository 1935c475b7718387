package fi.pyykkinaru.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.EventDraft;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.staff.AuditLog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An organiser sets up events at /staff/events. Its own context: the last test removes the sample event the other
 * tests share.
 */
@PyykkinaruTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class EventsViewTest extends SpringBrowserlessTest {

    @Autowired Events events;
    @Autowired AuditLog audit;

    @Test
    void a_new_event_is_told_what_to_mend_next_to_each_field_and_keeps_what_was_typed() {
        EventsView view = navigate(EventsView.class);
        test(view.newEvent).click();
        test(view.nameFi).setValue(" ");
        test(view.slug).setValue("Oma Tapahtuma");
        view.starts.setValue(LocalDate.of(2027, 5, 13));
        view.ends.setValue(LocalDate.of(2027, 5, 12));
        view.retention.setValue(5000);

        test(view.save).click();

        assertThat(view.slug.isInvalid()).isTrue();
        assertThat(view.slug.getErrorMessage()).contains("pientä kirjainta");
        assertThat(view.nameFi.isInvalid()).isTrue();
        assertThat(view.nameFi.getErrorMessage()).isEqualTo("Kirjoita tapahtuman nimi suomeksi.");
        assertThat(view.ends.isInvalid()).isTrue();
        assertThat(view.ends.getErrorMessage()).contains("ennen kuin se alkaa");
        assertThat(view.retention.isInvalid()).isTrue();
        assertThat(view.message.getText()).contains("Korjaa 4 merkittyä kohtaa");
        assertThat(view.slug.getValue()).as("what was typed stays").isEqualTo("Oma Tapahtuma");
        assertThat(events.bySlug("oma-tapahtuma")).isEmpty();

        test(view.nameFi).setValue("Oma tapahtuma 2027");
        test(view.slug).setValue("oma-2027");
        view.ends.setValue(LocalDate.of(2027, 5, 14));
        view.retention.setValue(180);
        view.themes.add.click();
        ThemesEditor.Row theme = view.themes.rows().getFirst();
        theme.code.setValue("penkki");
        theme.fi.setValue("Penkkikahvila");
        test(view.save).click();

        Event saved = events.bySlug("oma-2027").orElseThrow();
        assertThat(saved.name()).isEqualTo("Oma tapahtuma 2027");
        assertThat(saved.retentionDays()).isEqualTo(180);
        assertThat(saved.themes()).extracting(t -> t.code()).containsExactly("penkki");
        assertThat(view.message.getText()).contains("luotiin");
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("event.create"));
        assertThat(view.slug.getValue()).isEqualTo("oma-2027");
    }

    @Test
    void tapping_new_again_on_a_blank_form_keeps_what_was_already_typed() {
        EventsView view = navigate(EventsView.class);
        test(view.newEvent).click();
        assertThat(view.nameFi.getValue()).as("a chosen event's form turns blank").isEmpty();
        test(view.nameFi).setValue("Syystapahtuma");

        // A second tap, or the first one's round trip arriving after the first letters on a slow network.
        test(view.newEvent).click();

        assertThat(view.nameFi.getValue()).isEqualTo("Syystapahtuma");
        assertThat(view.slug.getValue()).isEqualTo("syystapahtuma");
    }

    @Test
    void a_slug_another_event_has_is_refused_at_its_field() {
        Event other = TestEvents.create(events, ModerationPolicy.PUBLISH);
        EventsView view = navigate(EventsView.class);
        test(view.newEvent).click();
        test(view.nameFi).setValue("Kaksoisolento Åbo 2027");
        assertThat(view.slug.getValue()).as("suggested from the name").isEqualTo("kaksoisolento-abo-2027");
        test(view.slug).setValue(other.slug());
        test(view.nameFi).setValue("Kaksoisolento");
        assertThat(view.slug.getValue()).as("a typed short name stays").isEqualTo(other.slug());

        test(view.save).click();

        assertThat(view.slug.isInvalid()).isTrue();
        assertThat(view.slug.getErrorMessage()).contains(other.slug()).contains("jo toisella");
        assertThat(view.nameFi.getValue()).isEqualTo("Kaksoisolento");
    }

    @Test
    void a_save_over_someone_elses_newer_one_is_told_and_shows_their_values() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        EventsView view = open(event);
        test(view.nameFi).setValue("Minun nimeni");
        EventDraft theirs = event.draft();
        events.update(event.requireId(), event.version(), new EventDraft(theirs.slug(), "Toisen järjestäjän nimi",
                null, null, theirs.startsOn(), theirs.endsOn(), "Uusi paikka", theirs.timeZone(), theirs.languages(),
                theirs.moderation(), theirs.themes(), theirs.regions(), theirs.retentionDays()));

        test(view.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.newer.getElement().getTextRecursively()).contains("Toisen järjestäjän nimi", "Uusi paikka");
        assertThat(view.nameFi.getValue()).as("what they typed stays to compare").isEqualTo("Minun nimeni");
        assertThat(events.find(event.requireId()).orElseThrow().name()).isEqualTo("Toisen järjestäjän nimi");

        test(view.keepMine).click();

        assertThat(events.find(event.requireId()).orElseThrow().name()).isEqualTo("Minun nimeni");
        assertThat(view.conflict.isVisible()).isFalse();
    }

    @Test
    void copying_an_event_asks_its_new_name_slug_and_dates_and_opens_the_copy() {
        Event event = TestEvents.create(events, ModerationPolicy.FILTER);
        EventsView view = open(event);

        test(view.copy).click();
        CopyDialog dialog = $(CopyDialog.class).single();
        assertThat(dialog).isSameAs(view.copyDialog);
        assertThat(dialog.starts.getValue()).isEqualTo(event.startsOn().plusYears(1));
        test(dialog.slug).setValue(event.slug());
        test(dialog.ok).click();
        assertThat(dialog.slug.isInvalid()).as("its own slug is taken").isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.nameFi).setValue("Seuraava vuosi");
        test(dialog.slug).setValue(event.slug() + "-2");
        test(dialog.ok).click();

        Event copy = events.bySlug(event.slug() + "-2").orElseThrow();
        assertThat(copy.name()).isEqualTo("Seuraava vuosi");
        assertThat(copy.themes()).isEqualTo(event.themes());
        assertThat(copy.moderation()).isEqualTo(ModerationPolicy.FILTER);
        EventsView shown = $(EventsView.class).single();
        assertThat(shown.slug.getValue()).isEqualTo(copy.slug());
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("event.copy"));
    }

    @Test
    void archiving_marks_the_event_in_the_list() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        EventsView view = open(event);

        test(view.archive).click();

        assertThat(events.find(event.requireId()).orElseThrow().archived()).isTrue();
        assertThat(view.list.getElement().getTextRecursively()).contains("arkistoitu");
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("event.archive"));
    }

    @Test
    void the_sample_is_marked_and_removed_in_one_action_with_what_goes_counted() {
        Event sample = events.sample().orElseThrow();
        EventsView view = navigate(EventsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("esimerkki");
        assertThat(view.sampleNotice.isVisible()).isTrue();

        test(view.sampleRemove).click();
        Confirmation asked = $(Confirmation.class).single();
        assertThat(asked.isIrreversible()).isTrue();
        String losses = asked.getElement().getTextRecursively();
        assertThat(losses).contains("lappua", "palautetta", "narua", "tuotantotiimin jäsentä");

        test($(com.vaadin.flow.component.textfield.TextField.class).withId(Confirmation.WORD).single()).setValue("POISTA");
        test($(com.vaadin.flow.component.button.Button.class).withId(Confirmation.OK).single()).click();

        assertThat(events.find(sample.requireId())).isEmpty();
        assertThat(view.sampleNotice.isVisible()).isFalse();
        assertThat(view.message.getText()).isEqualTo("Esimerkkitapahtuma poistettiin.");
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("event.remove"));
    }

    private EventsView open(Event event) {
        UI.getCurrent().navigate("staff/events", QueryParameters.of("event", event.slug()));
        return $(EventsView.class).single();
    }
}
