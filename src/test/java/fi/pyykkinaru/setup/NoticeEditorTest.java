package fi.pyykkinaru.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.notice.NoticeSettings;
import fi.pyykkinaru.notice.PrivacyNotice;
import fi.pyykkinaru.notice.PrivacyNotices;
import fi.pyykkinaru.staff.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** Organisers word the event's privacy notice in its settings; visitors' notices follow, the defaults filling in. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class NoticeEditorTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired Events events;
    @Autowired PrivacyNotices notices;
    @Autowired AuditLog audit;
    NoticeEditor editor;
    Event event;

    @BeforeEach
    void shown() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        editor = context.getBean(NoticeEditor.class);
        UI.getCurrent().add(editor);
        editor.show(event);
    }

    @Test
    void an_organiser_words_the_controller_contact_and_purposes_and_visitors_read_them() {
        assertThat(editor.controller.getHelperText()).as("the default a blank field stands for")
                .contains("Tapahtuman ”" + event.name() + "” järjestäjä");
        test(editor.controller).setValue("Innokylä ry, Esimerkkikatu 1, 00100 Helsinki");
        test(editor.contact).setValue("tietosuoja@example.fi");
        test(editor.purposesFi).setValue("Rintamerkki: nimi rintamerkkiin.\n\nPalaute: ilman nimeä.");
        test(editor.purposesEn).setValue("Badge: your name on it.");

        test(editor.save).click();

        assertThat(editor.status.getText()).isEqualTo("Tietosuojaseloste tallennettu.");
        NoticeSettings saved = notices.settings(event.requireId());
        assertThat(saved.controller()).isEqualTo("Innokylä ry, Esimerkkikatu 1, 00100 Helsinki");
        assertThat(saved.contact()).isEqualTo("tietosuoja@example.fi");
        assertThat(saved.purposesSv()).as("blank stays blank: the default or another language stands in").isNull();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(audit.recent(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("event.notice");
            assertThat(e.target()).isEqualTo("event " + event.requireId());
        });

        PrivacyNotice finnish = notices.notice(event, Translations.FINNISH);
        assertThat(section(finnish, "controller").paragraphs()).containsExactly("Innokylä ry, Esimerkkikatu 1, 00100 Helsinki");
        assertThat(section(finnish, "contact").paragraphs()).contains("tietosuoja@example.fi");
        assertThat(section(finnish, "purposes").paragraphs())
                .containsExactly("Rintamerkki: nimi rintamerkkiin.", "Palaute: ilman nimeä.");
        assertThat(section(notices.notice(event, Translations.ENGLISH), "purposes").paragraphs())
                .containsExactly("Badge: your name on it.");
        assertThat(section(notices.notice(event, Translations.SWEDISH), "purposes").paragraphs())
                .as("the organisers' own words beat the generic default").containsExactly(
                        "Rintamerkki: nimi rintamerkkiin.", "Palaute: ilman nimeä.");
        assertThat(section(notices.notice(event, Translations.SWEDISH), "rights").heading()).isEqualTo("Dina rättigheter");

        // Opened again, the form shows what is saved.
        NoticeEditor again = context.getBean(NoticeEditor.class);
        UI.getCurrent().add(again);
        again.show(event);
        assertThat(again.contact.getValue()).isEqualTo("tietosuoja@example.fi");
        assertThat(again.preview.getHref()).isEqualTo("/privacy/" + event.slug() + "?lang=fi");
    }

    @Test
    void too_long_or_control_characters_are_shown_at_their_field_and_nothing_is_saved_or_lost() {
        String tooLong = "x".repeat(NoticeSettings.MAX_PURPOSES + 1);
        test(editor.controller).setValue("Järjestäjä\u0007");
        test(editor.purposesSv).setValue(tooLong);
        test(editor.contact).setValue("kysy@example.fi");

        test(editor.save).click();

        assertThat(editor.status.getText()).isEqualTo("Korjaa merkityt kentät; mitään ei tallennettu.");
        assertThat(editor.purposesSv.isInvalid()).isTrue();
        assertThat(editor.purposesSv.getErrorMessage()).containsPattern("2.000").containsPattern("2.001");
        assertThat(editor.controller.isInvalid()).isTrue();
        assertThat(editor.controller.getErrorMessage()).contains("ohjausmerkkejä");
        assertThat(editor.purposesSv.getValue()).isEqualTo(tooLong);
        assertThat(editor.contact.getValue()).isEqualTo("kysy@example.fi");
        assertThat(notices.settings(event.requireId()).version()).as("nothing stored").isZero();
    }

    @Test
    void a_save_over_another_organisers_is_told_keeps_what_was_typed_and_saving_again_replaces_theirs() {
        notices.save(new NoticeSettings(event.requireId(), "Toinen järjestäjä", null, null, null, null, 0));
        test(editor.controller).setValue("Minun järjestäjäni");

        test(editor.save).click();

        assertThat(editor.status.getText()).contains("Joku muu tallensi");
        assertThat(editor.controller.getValue()).isEqualTo("Minun järjestäjäni");
        assertThat(notices.settings(event.requireId()).controller()).isEqualTo("Toinen järjestäjä");

        test(editor.save).click();

        assertThat(notices.settings(event.requireId()).controller()).isEqualTo("Minun järjestäjäni");
    }

    @Test
    void an_event_that_never_set_its_notice_shows_a_whole_true_notice_in_every_language() {
        Event kept = events.setRetentionDays(event.requireId(), 30);
        for (var locale : Translations.LOCALES) {
            PrivacyNotice notice = notices.notice(kept, locale);
            assertThat(notice.sections()).extracting(PrivacyNotice.Section::id)
                    .containsExactly("controller", "contact", "purposes", "retention", "recipients", "rights");
            assertThat(notice.sections()).allSatisfy(s -> {
                assertThat(s.heading()).isNotBlank().doesNotStartWith("!");
                assertThat(s.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotStartWith("!").doesNotContain("{"));
            });
            assertThat(notice.eventName()).isEqualTo(kept.name(locale));
        }
        assertThat(section(notices.notice(kept, Translations.FINNISH), "retention").paragraphs().getFirst())
                .isEqualTo("Nimet ja yhteystiedot poistetaan 30 päivän kuluttua tapahtuman päättymisestä, viimeistään 1. helmikuuta 2026.");
        assertThat(section(notices.notice(kept, Translations.ENGLISH), "retention").paragraphs().getFirst())
                .isEqualTo("Names and contact details are erased 30 days after the event ends, by 1 February 2026 at the latest.");
        assertThat(section(notices.notice(kept, Translations.ENGLISH), "controller").paragraphs())
                .containsExactly("The organiser of “" + kept.name() + "”.");
        assertThat(section(notices.notice(null, Translations.SWEDISH), "retention").paragraphs().getFirst())
                .startsWith("Namn och kontaktuppgifter sparas tills arrangörerna raderar dem");
        assertThat(section(notices.notice(events.setRetentionDays(event.requireId(), 1), Translations.SWEDISH),
                "retention").paragraphs().getFirst()).contains("raderas 1 dag efter");
    }

    @Test
    void a_copied_event_keeps_the_wording_and_a_removed_event_takes_it_along() {
        notices.save(new NoticeSettings(event.requireId(), "Innokylä ry", "dpo@example.fi", null, "Namnbricka.", null, 0));

        Event copy = events.copy(event.requireId(), event.slug() + "-b", "Kopio", null, null, event.startsOn(),
                event.endsOn());

        NoticeSettings copied = notices.settings(copy.requireId());
        assertThat(copied.controller()).isEqualTo("Innokylä ry");
        assertThat(copied.contact()).isEqualTo("dpo@example.fi");
        assertThat(copied.purposesSv()).isEqualTo("Namnbricka.");

        events.remove(copy.requireId());
        assertThat(notices.settings(copy.requireId()).version()).isZero();
        assertThat(notices.settings(event.requireId()).controller()).isEqualTo("Innokylä ry");
    }

    private static PrivacyNotice.Section section(PrivacyNotice notice, String id) {
        return notice.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
