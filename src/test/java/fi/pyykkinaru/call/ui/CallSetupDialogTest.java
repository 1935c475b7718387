package fi.pyykkinaru.call.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.Question;
import fi.pyykkinaru.call.QuestionKind;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.staff.AuditLog;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The organiser's call editor: questions added, moved and checked, times in the event's zone, a stale save kept. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class CallSetupDialogTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired Events events;
    @Autowired Calls calls;
    @Autowired AuditLog audit;
    Event event;
    Call call;
    CallSetupDialog dialog;
    final AtomicReference<Call> saved = new AtomicReference<>();

    @BeforeEach
    void opened() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        call = calls.open(event, CallKind.SESSIONS);
        dialog = context.getBean(CallSetupDialog.class);
        dialog.edit(event, call, saved::set);
        roundTrip();
    }

    private void language(int index) {
        dialog.texts.language.setValue(QuestionForm.LANGUAGES.get(index));
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private QuestionsEditor questions() {
        return java.util.Objects.requireNonNull(dialog.questions);
    }

    @Test
    void an_organiser_adds_a_choice_question_moves_it_up_and_saves_it_in_the_events_time_zone() {
        assertThat(dialog.isOpened()).isTrue();
        test(button("call-question-add")).click();
        QuestionForm form = questions().form;
        test(form.labels.get("fi")).setValue("Missä muodossa sessio on?");
        test(form.labels.get("sv")).setValue("I vilken form är sessionen?");
        test(form.labels.get("en")).setValue("What form is the session?");
        form.kind.setValue(QuestionKind.CHOICE);
        test(form.done).click();
        assertThat(form.options.get("fi").isInvalid()).as("a choice needs options").isTrue();
        assertThat(form.options.get("fi").getErrorMessage()).contains("vaihtoehto");

        test(form.options.get("fi")).setValue("Työpaja\n\n Paneeli \nPuheenvuoro");
        test(form.required).click();
        test(form.done).click();
        assertThat(form.isVisible()).isFalse();
        test(button("call-question-up-q-1")).click();
        dialog.opens.setValue(LocalDateTime.of(2026, 3, 1, 9, 0));
        dialog.closes.setValue(LocalDateTime.of(2026, 3, 31, 16, 0));
        language(1);
        test(dialog.texts.fields.get("intro").get("sv")).setValue("Välkommen!");
        test(dialog.save).click();

        Call stored = calls.find(call.requireId()).orElseThrow();
        assertThat(saved.get()).isEqualTo(stored);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored.questions()).extracting(Question::key)
                .containsExactly("idea", "why", "how", "interaction", "contact", "q-1", "wishes");
        Question choice = stored.question("q-1").orElseThrow();
        assertThat(choice.kind()).isEqualTo(QuestionKind.CHOICE);
        assertThat(choice.required()).isTrue();
        assertThat(choice.options(Locale.of("fi"))).containsExactly("Työpaja", "Paneeli", "Puheenvuoro");
        assertThat(choice.options(Locale.ENGLISH)).as("falls back to Finnish").containsExactly("Työpaja", "Paneeli",
                "Puheenvuoro");
        assertThat(stored.opensAt()).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 0)
                .atZone(ZoneId.of("Europe/Helsinki")).toInstant());
        assertThat(stored.intro()).isNotNull();
        assertThat(stored.intro().sv()).isEqualTo("Välkommen!");
        assertThat(stored.version()).isGreaterThan(call.version());
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("call-setup");
    }

    @Test
    void each_problem_is_shown_at_its_field_and_nothing_is_saved() {
        dialog.opens.setValue(LocalDateTime.of(2026, 3, 31, 9, 0));
        dialog.closes.setValue(LocalDateTime.of(2026, 3, 1, 9, 0));
        test(button("call-question-add")).click();
        QuestionForm form = questions().form;
        form.kind.setValue(QuestionKind.CONTACT);
        test(form.done).click();
        assertThat(form.labels.get("fi").isInvalid()).as("empty Finnish label").isTrue();
        assertThat(form.kind.isInvalid()).as("a second contact question").isTrue();
        form.kind.setValue(QuestionKind.LONG_TEXT);
        test(form.labels.get("fi")).setValue("Pitkä kysymys");
        test(form.labels.get("sv")).setValue("Lång fråga");
        test(form.labels.get("en")).setValue("Long question");
        test(form.maxLength).setValue(9000);
        test(form.done).click();
        assertThat(form.maxLength.isInvalid()).isTrue();
        assertThat(form.maxLength.getErrorMessage()).contains("8000");
        test(form.maxLength).setValue(500);
        CriteriaEditor criteria = java.util.Objects.requireNonNull(dialog.criteria);
        test(button("call-criterion-add")).click();
        language(2);
        test(dialog.texts.fields.get("terms").get("en")).setValue("Only in English");

        test(dialog.save).click();

        assertThat(dialog.closes.isInvalid()).as("closing before opening").isTrue();
        assertThat(dialog.closes.getErrorMessage()).contains("avautumisen");
        assertThat(criteria.rows.getLast().labels.get("fi").isInvalid()).as("a new criterion's label").isTrue();
        assertThat(dialog.texts.fields.get("terms").get("fi").isInvalid()).isTrue();
        assertThat(dialog.texts.language.getValue()).as("the Finnish texts are shown").isEqualTo("fi");
        assertThat(dialog.message.getText()).contains("Korjaa");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(calls.find(call.requireId()).orElseThrow().version()).isEqualTo(call.version());
        assertThat(saved.get()).isNull();
        assertThat(form.isVisible()).as("the valid question was applied").isFalse();
        assertThat(questions().questions()).extracting(Question::key).endsWith("q-1");
    }

    @Test
    void a_save_another_organiser_beat_keeps_what_was_typed() {
        calls.save(new Call(call.id(), call.eventId(), call.kind(), call.opensAt(), call.closesAt(),
                new LocalizedText("Toisen johdanto", "", ""), call.terms(), call.chosenMessage(),
                call.declinedMessage(), call.questions(), call.criteria(), call.version()));
        test(dialog.texts.fields.get("intro").get("fi")).setValue("Oma johdantoni");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.message.getText()).contains("Joku muu tallensi");
        assertThat(dialog.texts.fields.get("intro").get("fi").getValue()).isEqualTo("Oma johdantoni");
        assertThat(calls.find(call.requireId()).orElseThrow().intro().fi()).isEqualTo("Toisen johdanto");
        assertThat(saved.get()).isNull();
    }

    @Test
    void criteria_are_reordered_and_dropped_and_the_kind_is_fixed_once_proposals_came_in() {
        test(button("call-criterion-down-aim")).click();
        test(button("call-criterion-remove-novelty")).click();
        test(button("call-criterion-add")).click();
        CriteriaEditor criteria = java.util.Objects.requireNonNull(dialog.criteria);
        criteria.rows.getLast().labels.values().forEach(f -> test(f).setValue("Kestävyys"));
        test(dialog.save).click();

        assertThat(calls.find(call.requireId()).orElseThrow().criteria()).extracting(c -> c.key())
                .containsExactly("interaction", "aim", "smaller-actors", "c-1");
        assertThat(dialog.kind.isReadOnly()).isFalse();
        fi.pyykkinaru.call.CallSetupTestAccess.propose(context, call, "Ehdotus", java.util.Map.of(),
                java.time.Instant.now());
        CallSetupDialog again = context.getBean(CallSetupDialog.class);
        again.edit(event, calls.find(call.requireId()).orElseThrow(), c -> { });
        roundTrip();
        assertThat(again.kind.isReadOnly()).isTrue();
    }
}
