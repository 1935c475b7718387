package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.button.Button;
import fi.pyykkinaru.i18n.UploadTexts;
import fi.pyykkinaru.base.ui.StaffLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.pyykkinaru.base.ui.Uploads;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.kiosk.NeedsEvent;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.session.Attendances;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.ImportResult;
import fi.pyykkinaru.session.ProgrammeImport;
import fi.pyykkinaru.session.Questions;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionAttendance;
import fi.pyykkinaru.session.Sessions;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Organisers keep the programme: import it from CSV or iCalendar, add and edit sessions, enter paper counts and
 * each session's attendance, estimate the event's visitors, choose how questions to the speakers are moderated, and
 * open (or pass on to the chair) each session's moderator link.
 */
@Route(value = "staff/programme", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class ProgrammeAdminView extends Div implements LocaleChangeObserver, HasDynamicTitle, NeedsEvent {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    final H1 heading = new H1();
    final Button add = new Button();
    final Upload upload = new Upload();
    final Paragraph uploadHelp = new Paragraph();
    final Div importResult = new Div();
    final Grid<Session> grid = new Grid<>();
    final IntegerField visitors = new IntegerField();
    final Button saveVisitors = new Button();
    private Map<Long, SessionAttendance> attendance = Map.of();
    final RadioButtonGroup<ModerationPolicy> questionPolicy = new RadioButtonGroup<>();
    private final Event event;
    private final Questions questions;
    private final Sessions sessions;
    private final ProgrammeImport programmeImport;
    private final Feedback feedback;
    private final Attendances attendances;
    private final Clock clock;

    ProgrammeAdminView(ThisStand stand, Sessions sessions, ProgrammeImport programmeImport, Feedback feedback,
            Attendances attendances, Questions questions, Clock clock) {
        this.event = stand.event();
        this.questions = questions;
        this.sessions = sessions;
        this.programmeImport = programmeImport;
        this.feedback = feedback;
        this.attendances = attendances;
        this.clock = clock;
        setId("programme-admin");
        addClassName("staff");
        add.setId("programme-add");
        add.addClassNames("big-button", "primary");
        add.addClickListener(e -> edit(null));
        upload.setId("programme-upload");
        upload.setAcceptedFileTypes(".csv", ".ics", "text/csv", "text/calendar");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> showMessage(getTranslation("admin.programme.rejected")));
        upload.setUploadHandler(Uploads.inMemory(MAX_FILE_BYTES,
                () -> showMessage(getTranslation("admin.programme.rejected")), this::imported));
        importResult.setId("import-result");
        importResult.getElement().setAttribute("role", "status");
        grid.setId("programme-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        visitors.setId("attendance-visitors");
        visitors.setMin(0);
        visitors.setMax(SessionAttendance.MAX);
        visitors.setStepButtonsVisible(true);
        visitors.setValue(attendances.visitors(event.requireId()).orElse(null));
        saveVisitors.setId("attendance-visitors-save");
        saveVisitors.addClassName("big-button");
        saveVisitors.addClickListener(e -> saveVisitors());
        Div eventVisitors = new Div(visitors, saveVisitors);
        eventVisitors.addClassName("staff-tools");
        Div top = new Div(heading, add);
        top.addClassName("staff-top");
        questionPolicy.setId("question-policy");
        questionPolicy.setItems(ModerationPolicy.values());
        questionPolicy.addClassName("event-moderation");
        questionPolicy.setValue(questions.policy(event.requireId()));
        questionPolicy.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                questions.setPolicy(event.requireId(), e.getValue());
            }
        });
        add(top, uploadHelp, upload, importResult, eventVisitors, questionPolicy, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("admin.programme.title", event.name()));
        add.setText(getTranslation("admin.programme.add"));
        uploadHelp.setText(getTranslation("admin.programme.upload.help", String.join(", ", ProgrammeImport.COLUMNS)));
        upload.setI18n(UploadTexts.of("admin.programme.rejected"));
        visitors.setLabel(getTranslation("admin.programme.visitors"));
        visitors.setHelperText(getTranslation("admin.programme.visitors.help"));
        visitors.setErrorMessage(getTranslation("attendance.error"));
        saveVisitors.setText(getTranslation("admin.programme.visitors.save"));
        grid.setEmptyStateText(getTranslation("programme.empty"));
        questionPolicy.setLabel(getTranslation("questions.policy"));
        questionPolicy.setItemLabelGenerator(p -> getTranslation("questions.policy." + p.name()));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.removeAllColumns();
        grid.addColumn(s -> time.format(s.startsAt().atZone(clock.getZone()))).setHeader(getTranslation("admin.programme.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Session::title).setHeader(getTranslation("admin.programme.session")).setFlexGrow(3);
        grid.addColumn(s -> s.room() == null ? "" : s.room()).setHeader(getTranslation("admin.programme.room"));
        grid.addColumn(Session::token).setHeader(getTranslation("admin.programme.code")).setAutoWidth(true);
        grid.addColumn(s -> attending(attendance.get(s.requireId()))).setHeader(getTranslation("admin.programme.attending"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.programme.actions")).setAutoWidth(true);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.programme.title", event.name());
    }

    private Div actions(Session session) {
        Button edit = new Button(getTranslation("admin.programme.edit"), e -> edit(session));
        edit.setId("programme-edit-" + session.token());
        Button counts = new Button(getTranslation("admin.programme.counts"),
                e -> new CountsDialog(session, feedback, () -> showMessage(getTranslation("counts.saved"))).open());
        counts.setId("programme-counts-" + session.token());
        Button attending = new Button(getTranslation("admin.programme.attendance"),
                e -> new AttendanceDialog(session, attendances, saved -> {
                    refresh();
                    showMessage(getTranslation("attendance.saved", attending(saved)));
                }).open());
        attending.setId("programme-attendance-" + session.token());
        Anchor results = new Anchor("s/" + session.token() + "/results", getTranslation("admin.programme.results"));
        results.addClassName("staff-link");
        // The chair moderates from their phone through this link; staff open it here or pass it on.
        Anchor moderate = new Anchor("s/" + session.token() + "/moderate/" + questions.moderatorKey(session),
                getTranslation("admin.programme.questions"));
        moderate.setId("programme-questions-" + session.token());
        moderate.addClassName("staff-link");
        moderate.setTarget("_blank");
        Div actions = new Div(edit, counts, attending, results, moderate);
        actions.addClassName("row-actions");
        return actions;
    }

    private void edit(@Nullable Session session) {
        LocalDate day = LocalDate.now(clock).isBefore(event.startsOn()) || LocalDate.now(clock).isAfter(event.endsOn())
                ? event.startsOn() : LocalDate.now(clock);
        new SessionDialog(session, event.requireId(), day, clock.getZone(), saved -> {
            sessions.save(saved);
            refresh();
        }).open();
    }

    private void imported(String fileName, byte[] bytes) {
        boolean calendar = fileName.toLowerCase(Locale.ROOT).endsWith(".ics");
        ImportResult result = calendar ? programmeImport.ics(event.requireId(), new ByteArrayInputStream(bytes))
                : programmeImport.csv(event.requireId(), new ByteArrayInputStream(bytes));
        importResult.removeAll();
        if (result.succeeded()) {
            importResult.add(new Paragraph(getTranslation("admin.programme.imported", result.imported().size())));
        } else {
            importResult.add(new Paragraph(getTranslation("admin.programme.not-imported")));
            UnorderedList problems = new UnorderedList();
            problems.setId("import-problems");
            result.problems().forEach(p -> {
                String message = getTranslation(p.messageKey(), p.args().toArray());
                problems.add(new ListItem(p.line() > 0 ? getTranslation("admin.programme.line", p.line(), message) : message));
            });
            importResult.add(problems);
        }
        upload.clearFileList();
        refresh();
    }

    private void showMessage(String text) {
        importResult.removeAll();
        importResult.add(new Paragraph(text));
    }

    private void saveVisitors() {
        if (visitors.isInvalid() || !SessionAttendance.valid(visitors.getValue())) {
            visitors.setInvalid(true);
            return;
        }
        attendances.setVisitors(event.requireId(), visitors.getValue());
        showMessage(getTranslation("admin.programme.visitors.saved"));
    }

    /** "13 on site, 16 remote"; a count nobody entered shows as a dash, and a session with none as nothing. */
    private String attending(@Nullable SessionAttendance counts) {
        if (counts == null || !counts.counted()) {
            return "";
        }
        return getTranslation("admin.programme.attending.counts", dash(counts.onSite()), dash(counts.remote()));
    }

    private static Object dash(@Nullable Integer count) {
        return count == null ? "–" : count;
    }

    private void refresh() {
        attendance = attendances.ofEvent(event.requireId());
        grid.setItems(sessions.programme(event.requireId()));
    }
}
