package fi.pyykkinaru.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.CallSetupTestAccess;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.Criterion;
import fi.pyykkinaru.call.Jury;
import fi.pyykkinaru.call.JuryScoreDraft;
import fi.pyykkinaru.call.JuryScores;
import fi.pyykkinaru.call.PitchDraft;
import fi.pyykkinaru.call.Pitches;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.call.ui.CallSetupDialog;
import fi.pyykkinaru.call.ui.JuryPanel;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueDraft;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineDraft;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.evaluation.ClosingKind;
import fi.pyykkinaru.evaluation.ClosingQuestion;
import fi.pyykkinaru.evaluation.ClosingQuestions;
import fi.pyykkinaru.evaluation.ClosingReply;
import fi.pyykkinaru.evaluation.EventGoal;
import fi.pyykkinaru.evaluation.Goals;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.kiosk.Screen;
import fi.pyykkinaru.kiosk.Screens;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.setup.LinesEditor;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrintState;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.staff.StaffAccounts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every action in the staff console and the organisers' views that deletes, erases, hides, cancels or purges,
 * each proved to ask first: pressing it opens {@code #confirm-dialog} and changes nothing; cancel changes
 * nothing; only OK (after the confirm word, where the action cannot be taken back) does it; and where the data
 * still exists, {@code #undo} brings it back. {@link DestructiveActionsGuardTest} keeps this list complete.
 */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class DestructiveActionsTest extends SpringBrowserlessTest {

    @Autowired Events events;
    @Autowired Calls calls;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Reports reports;
    @Autowired Registrations registrations;
    @Autowired PrintQueue queue;
    @Autowired StaffAccounts accounts;
    @Autowired AuditLog audit;
    @Autowired ThisStand stand;
    @Autowired Jury jury;
    @Autowired Pitches pitches;
    @Autowired JuryScores juryScores;
    @Autowired ApplicationContext context;
    @Autowired Stands stands;
    @Autowired Screens screens;
    @Autowired StandSettings standSettings;
    @Autowired Catalogue catalogue;
    @Autowired Goals goals;
    @Autowired ClosingQuestions closing;

    @Test
    void hiding_a_slip_asks_and_can_be_undone() {
        // Moderation shows the stand's event: the slip goes on the stand's own line.
        Line line = lines.shown(stand.event().id(), stand.current().lineCodes()).getLast();
        Slip slip = slips.peg(line.requireId(), SlipDraft.answer("Piilotettava lappu", null, null), null);
        BooleanSupplier hidden = () -> slips.withStatus(stand.event().requireId(), SlipStatus.HIDDEN, 500).stream()
                .anyMatch(s -> s.requireId() == slip.requireId());
        Runnable press = () -> {
            navigate("staff", Component.class);
            test(button("moderation-published")).click();
            test(inGrid("moderation-grid", "moderation-hidden-" + slip.id())).click();
        };

        provesItAsks(press, hidden, false);

        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("slip.hidden"));
        test(button("undo")).click();
        assertThat(hidden.getAsBoolean()).as("undone").isFalse();
        assertThat(slips.published(slip.requireId())).isPresent();
        assertThat(audit.recent(5).getFirst().action()).as("the undo is audited too").isEqualTo("slip.published");
    }

    @Test
    void cancelling_a_queued_print_job_asks_and_can_be_undone() {
        PrintJob job = queue.submit(new PrintDocument(PrintKind.POSTER, "test-cancel:" + UUID.randomUUID(), "Juliste",
                "A4", new byte[] {'%', 'P', 'D', 'F'}), true);
        BooleanSupplier cancelled = () -> queue.job(job.id()).state() == PrintState.CANCELLED;
        Runnable press = () -> {
            navigate("staff/print", Component.class);
            test(inGrid("print-queue", "print-cancel-" + job.id())).click();
        };

        provesItAsks(press, cancelled, false);

        test(button("undo")).click();
        assertThat(queue.job(job.id()).state()).as("back where it was").isEqualTo(PrintState.HELD);
    }

    @Test
    void purging_an_events_personal_data_asks_with_counts_and_the_confirm_word() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Registration visitor = registrations.register(event, new RegistrationDraft("Purettava Pirkko", "Yhdistys ry",
                null, null, List.of("fi"), "pirkko@example.fi", true), RegistrationSource.STAFF);
        BooleanSupplier purged = () -> !"Purettava Pirkko".equals(registrations.get(visitor.requireId()).name());
        Runnable press = () -> {
            harvest(event);
            test(button("privacy-purge-now")).click();
        };

        Confirmation asked = provesItAsks(press, purged, true);

        assertThat(asked.losses.getElement().getTextRecursively()).contains("1 ilmoittautuminen menettää");
        assertThat(button("privacy-purge-now").getClassNames()).contains("danger");
    }

    @Test
    void erasing_a_person_asks_with_counts_and_the_confirm_word() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Registration visitor = registrations.register(event, new RegistrationDraft("Pyydetty Poistettava", null, null,
                null, List.of("fi"), null, false), RegistrationSource.STAFF);
        BooleanSupplier erased = () -> !"Pyydetty Poistettava".equals(registrations.get(visitor.requireId()).name());
        Runnable press = () -> {
            harvest(event);
            test($(TextField.class).withId("erase-person").single()).setValue("Pyydetty Poistettava");
            test(button("erase-find")).click();
            test(button("erase-confirm")).click();
        };

        Confirmation asked = provesItAsks(press, erased, true);

        assertThat(asked.losses.getElement().getTextRecursively()).contains("1 ilmoittautuminen");
    }

    @Test
    void removing_an_account_asks_with_the_confirm_word() {
        String name = "poistettava-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.invite(name, false);
        BooleanSupplier removed = () -> accounts.accounts().stream().noneMatch(a -> a.username().equals(name));
        Runnable press = () -> {
            navigate("staff/accounts", Component.class);
            test(inGrid("accounts-grid", "account-remove-" + name)).click();
        };

        provesItAsks(press, removed, true);
    }

    @Test
    void removing_a_stand_asks_with_the_confirm_word_and_unpairs_its_screens() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Stand stand = stands.save(Stand.create(event.requireId(), "Poistuva osasto", standSettings));
        Screen screen = screens.recognise(Screens.newToken(), "fi");
        screens.pair(screen.pairingCode(), stand.requireId(), "organiser");
        BooleanSupplier removed = () -> stands.find(stand.requireId()).isEmpty();
        Runnable press = () -> {
            UI.getCurrent().navigate("staff/stands");
            @SuppressWarnings("unchecked")
            Select<Event> choice = $(Select.class).withId("stands-event").single();
            choice.setValue(choice.getListDataView().getItems().filter(e -> e.id().equals(event.id())).findFirst()
                    .orElseThrow());
            test(button("stand-edit-" + stand.requireId())).click();
            test(button("stand-remove")).click();
        };

        Confirmation asked = provesItAsks(press, removed, true);

        assertThat(asked.losses.getElement().getTextRecursively()).contains("1 näyttö irrotetaan");
        assertThat(screens.all().stream().filter(s -> s.id().equals(screen.id())).findFirst().orElseThrow().paired())
                .as("its screen shows a pairing code again").isFalse();
    }

    @Test
    void merging_reports_asks_with_what_goes_and_the_confirm_word() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        List<Report> two = twoReports(event);
        BooleanSupplier merged = () -> reports.of(event.requireId()).size() == 1;
        Runnable press = () -> {
            harvest(event);
            @SuppressWarnings("unchecked")
            Grid<Report> grid = $(Grid.class).withId("report-grid").single();
            test(grid).select(0);
            test(grid).select(1);
            test(button("reports-merge")).click();
        };

        Confirmation asked = provesItAsks(press, merged, true);

        assertThat(asked.losses.getElement().getTextRecursively()).contains("#" + two.get(1).id());
    }

    @Test
    void hiding_a_report_asks_and_can_be_undone() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Report report = twoReports(event).getFirst();
        BooleanSupplier hidden = () -> reports.get(report.requireId()).hidden();
        Runnable press = () -> {
            // The report's own dialog stays open after a cancelled question; start again from the list.
            $(Dialog.class).all().forEach(Dialog::close);
            harvest(event);
            test(inGrid("report-grid", "report-open-" + report.id())).click();
            test(button("report-hide")).click();
        };

        provesItAsks(press, hidden, false);

        test(button("undo")).click();
        assertThat(hidden.getAsBoolean()).as("undone").isFalse();
    }

    @Test
    void declining_a_report_asks() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Report report = twoReports(event).getFirst();
        BooleanSupplier declined = () -> reports.get(report.requireId()).status() == ReportStatus.DECLINED;
        Runnable press = () -> {
            // The report's own dialog stays open after a cancelled question; start again from the list.
            $(Dialog.class).all().forEach(Dialog::close);
            harvest(event);
            test(inGrid("report-grid", "report-open-" + report.id())).click();
            @SuppressWarnings("unchecked")
            Select<ReportStatus> step = $(Select.class).withId("report-step").single();
            test(step).selectItem(step.getItemLabelGenerator().apply(ReportStatus.DECLINED));
            test($(TextField.class).withId("report-reason").single()).setValue("Ei hyvä käytäntö");
            test(button("report-move")).click();
        };

        provesItAsks(press, declined, false);
    }

    @Test
    void throwing_away_a_half_written_slip_asks() {
        // A visitor's Done on a slip being written: "keep writing" is the safe answer, the text stays.
        BooleanSupplier thrownAway = () -> getCurrentView().getClass().getSimpleName().equals("WallView");
        Runnable press = () -> {
            if (!getCurrentView().getClass().getSimpleName().equals("WriteSlipView")) {
                UI.getCurrent().navigate("report/hyva-kaytanto");
            }
            TextField title = $(TextField.class).withId("slip-title").single();
            assertThat(title.getValue()).as("the text is kept while the visitor decides").isIn("", "Melkein valmis");
            test(title).setValue("Melkein valmis");
            test(button("done")).click();
        };

        provesItAsks(press, thrownAway, false);
        UI.getCurrent().navigate("report/hyva-kaytanto");
        assertThat($(TextField.class).withId("slip-title").single().getValue()).as("a fresh form").isEmpty();
    }

    @Test
    void removing_a_line_asks() {
        // Only a line without slips can be removed; one with slips is closed instead, which destroys nothing.
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line line = lines.add(event.requireId(), new LineDraft("poistettava", LineKind.ANSWER, "Poistettava?", null, null,
                null, null, null, false));
        LinesEditor editor = context.getBean(LinesEditor.class);
        UI.getCurrent().add(editor);
        editor.show(event);
        BooleanSupplier removed = () -> lines.find(line.requireId()).isEmpty();
        Runnable press = () -> test(button("line-remove-poistettava")).click();

        provesItAsks(press, removed, false);

        assertThat(audit.recent(1).getFirst().action()).isEqualTo("line.remove");
    }

    @Test
    void removing_a_jury_member_asks_and_takes_their_scores_with_them() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call call = calls.open(event, CallKind.PITCH);
        Jury.NewLink member = jury.add(call, "Poistettava Jäsen");
        Proposal pitch = pitches.add(call, new PitchDraft("Pitch", "Pitchaaja", "", "", "fi")).pitch();
        juryScores.save(call, member.member(), pitch, new JuryScoreDraft(call.criteria().stream()
                .collect(java.util.stream.Collectors.toMap(Criterion::key, c -> "4")), ""));
        JuryPanel panel = context.getBean(JuryPanel.class);
        UI.getCurrent().add(panel);
        panel.forCall(call, () -> { });
        BooleanSupplier removed = () -> jury.of(call.requireId()).isEmpty();
        Runnable press = () -> test(button("jury-member-remove-" + member.member().requireId())).click();

        provesItAsks(press, removed, false);

        assertThat(juryScores.ofPitch(pitch.requireId())).as("their scores went with them").isEmpty();
        assertThat(jury.byLink(member.secret())).as("their link opens nothing").isEmpty();
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("call.jury.remove");
    }

    @Test
    void removing_a_question_that_proposals_answered_asks() {
        // A question nobody answered goes at once: only answers would be lost, and there are none.
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call call = calls.open(event, CallKind.SESSIONS);
        CallSetupTestAccess.propose(context, call, "Ehdotus", java.util.Map.of("wishes", "Kahvia"),
                java.time.Instant.now());
        CallSetupDialog editor = context.getBean(CallSetupDialog.class);
        editor.edit(event, call, saved -> { });
        test(button("call-question-remove-how")).click();
        assertThat($(Confirmation.class).exists()).as("an unanswered question goes without asking").isFalse();
        BooleanSupplier removed = () -> $(Button.class).withId("call-question-remove-wishes").all().isEmpty();
        Runnable press = () -> test(button("call-question-remove-wishes")).click();

        provesItAsks(press, removed, false);
    }

    /**
     * Pressing opens the confirmation and changes nothing; cancel closes it and changes nothing; pressing again
     * and answering OK (after the confirm word, for what cannot be taken back) does it. Returns the dialog.
     */
    @Test
    void removing_a_catalogue_entry_asks() {
        Event event = events.current().orElseThrow();
        Line line = lines.active(event.requireId()).stream().filter(l -> l.kind() == LineKind.CATALOGUE).findFirst()
                .orElseThrow();
        CatalogueEntry entry = catalogue.add(line, new CatalogueDraft("https://example.org/poistettava", "Poistettava",
                null, null, null, null, null));
        UI.getCurrent().navigate("staff/catalogue");
        BooleanSupplier removed = () -> catalogue.find(entry.requireId()).isEmpty();
        Runnable press = () -> test(button("catalogue-remove-" + entry.requireId())).click();

        provesItAsks(press, removed, false);
    }

    @Test
    void removing_a_closing_question_or_goal_asks() {
        Event event = events.current().orElseThrow();
        ClosingQuestion question = closing.add(event.requireId(), ClosingKind.TEXT,
                new fi.pyykkinaru.i18n.LocalizedText("Poistettava?", "Poistettava?", "Poistettava?"), null, false);
        // The event's required questions are answered too, as a visitor must.
        java.util.Map<Long, ClosingReply> replies = new java.util.HashMap<>();
        closing.ofEvent(event.requireId()).stream().filter(ClosingQuestion::required)
                .forEach(q -> replies.put(q.requireId(), new ClosingReply(0, null)));
        replies.put(question.requireId(), new ClosingReply(null, "vastaus"));
        closing.answer(event.requireId(), "destructive:1", replies, "PHONE");
        EventGoal goal = goals.add(event.requireId(), "Poistettava tavoite");
        UI.getCurrent().navigate("staff/evaluation");

        provesItAsks(() -> test(button("closing-remove-" + question.requireId())).click(),
                () -> closing.answers(question.requireId()) == 0 && closing.ofEvent(event.requireId()).stream()
                        .noneMatch(q -> q.id().equals(question.id())), false);
        provesItAsks(() -> test(button("goal-remove-" + goal.requireId())).click(),
                () -> goals.ofEvent(event.requireId()).stream().noneMatch(g -> g.id().equals(goal.id())), false);
    }

    private Confirmation provesItAsks(Runnable press, BooleanSupplier done, boolean irreversible) {
        press.run();
        Confirmation asked = openConfirmation();
        assertThat(done.getAsBoolean()).as("nothing happens before OK").isFalse();
        assertThat(asked.ok.getClassNames()).as("OK is styled as danger").contains("danger");
        assertThat(asked.isIrreversible()).as("asks for the confirm word").isEqualTo(irreversible);

        test(button(Confirmation.CANCEL)).click();
        assertThat($(Confirmation.class).exists()).as("cancel closes the question").isFalse();
        assertThat(done.getAsBoolean()).as("cancel changes nothing").isFalse();

        press.run();
        asked = openConfirmation();
        if (irreversible) {
            assertThat(asked.ok.isEnabled()).as("OK waits for the word").isFalse();
            test(asked.word).setValue("väärä");
            assertThat(asked.ok.isEnabled()).isFalse();
            assertThat(asked.word.getLabel()).contains("POISTA");
            test(asked.word).setValue(" poista ");
            assertThat(asked.ok.isEnabled()).isTrue();
        }
        test(asked.ok).click();
        assertThat(done.getAsBoolean()).as("OK does it").isTrue();
        return asked;
    }

    private Confirmation openConfirmation() {
        Confirmation asked = $(Confirmation.class).single();
        assertThat(asked.getId()).hasValue("confirm-dialog");
        assertThat(asked.isOpened()).isTrue();
        assertThat(asked.ok.getId()).hasValue("confirm-ok");
        assertThat(asked.cancel.getId()).hasValue("confirm-cancel");
        return asked;
    }

    @Test
    void removing_the_sample_event_asks_with_counts_and_the_confirm_word() {
        // A sample of this test's own, first among samples (it starts latest), so that the one the other tests
        // share stays.
        String slug = "sample-" + UUID.randomUUID().toString().substring(0, 8);
        Event sample = events.create(Event.create(slug, "Toinen esimerkki", java.time.LocalDate.of(2099, 1, 1),
                java.time.LocalDate.of(2099, 1, 2), null, List.of(java.util.Locale.of("fi")), ModerationPolicy.PUBLISH,
                List.of()).asSample());
        slips.peg(TestEvents.answerLine(lines, sample).requireId(), SlipDraft.answer("Esimerkkilappu", null, null), null);
        BooleanSupplier removed = () -> events.find(sample.requireId()).isEmpty();
        Runnable press = () -> {
            navigate("staff/events", Component.class);
            test(button("sample-remove")).click();
        };

        Confirmation asked = provesItAsks(press, removed, true);

        assertThat(asked.losses.getElement().getTextRecursively()).contains("1 lappu", "1 naru");
        assertThat(events.sample()).as("the shared sample stays").isPresent();
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private void harvest(Event event) {
        UI.getCurrent().navigate("harvest", QueryParameters.of("event", event.slug()));
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
                Optional<Button> found = find(cell, buttonId);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new AssertionError("No button " + buttonId + " in " + gridId);
    }

    private static Optional<Button> find(Component component, String id) {
        if (component instanceof Button button && id.equals(button.getId().orElse(""))) {
            return Optional.of(button);
        }
        return component.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    private List<Report> twoReports(Event event) {
        Line practice = TestEvents.practiceLine(lines, event);
        for (String title : List.of("Ensimmäinen käytäntö", "Toinen käytäntö")) {
            slips.peg(practice.requireId(), new SlipDraft(title, "Kuvaus.", "Yhdistys ry", Ownership.OWN,
                    Region.POHJANMAA, Set.of(), null, null, null, false), null);
        }
        // The harvest hears of the pegged practices off the pegging thread.
        return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> reports.of(event.requireId()),
                r -> r.size() == 2);
    }
}
