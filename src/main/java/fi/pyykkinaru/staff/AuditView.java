package fi.pyykkinaru.staff;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.pyykkinaru.base.ui.Downloads;
import fi.pyykkinaru.base.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Organisers read what staff and organisers did, narrowed by days, person, action and any words of the target,
 * and take the same entries away as a CSV file. Nothing here changes an entry: the log only grows.
 */
@Route(value = "staff/audit", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class AuditView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    /** Most entries on screen; the export holds every one the filter lets through. */
    static final int SHOWN = 500;

    final H1 heading = new H1();
    final Div filter = new Div();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<String> actor = new ComboBox<>();
    final ComboBox<String> action = new ComboBox<>();
    final TextField text = new TextField();
    final Anchor export;
    final Paragraph message = new Paragraph();
    final Grid<AuditLog.Entry> grid = new Grid<>();
    private final AuditLog audit;
    private final Clock clock;

    AuditView(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        setId("audit");
        addClassName("staff");
        filter.setId("audit-filter");
        filter.addClassNames("staff-tools", "audit-filter");
        from.setId("audit-from");
        to.setId("audit-to");
        actor.setId("audit-actor");
        action.setId("audit-action");
        text.setId("audit-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        actor.setClearButtonVisible(true);
        action.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        export = Downloads.link("audit-export", audit::fileName, "text/csv; charset=utf-8",
                () -> audit.csv(currentFilter(), getLocale()));
        filter.add(from, to, actor, action, text, export);
        message.setId("audit-message");
        message.getElement().setAttribute("role", "status");
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        add(heading, filter, message, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("audit.title"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        actor.setLabel(getTranslation("audit.actor"));
        action.setLabel(getTranslation("audit.action"));
        text.setLabel(getTranslation("audit.text"));
        text.setHelperText(getTranslation("audit.text.help"));
        export.setText(getTranslation("audit.export"));
        actor.setItems(audit.actors());
        actor.setItemLabelGenerator(a -> audit.actorWords(a, getLocale()));
        // Alphabetical in the reader's words, so that an organiser finds "removed …" among the removals.
        List<String> actions = audit.actions().stream()
                .sorted(java.util.Comparator.comparing((String a) -> audit.actionWords(a, getLocale())).thenComparing(a -> a))
                .toList();
        action.setItems(actions);
        action.setItemLabelGenerator(a -> audit.actionWords(a, getLocale()) + " (" + a + ")");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale());
        grid.removeAllColumns();
        grid.addColumn(e -> time.format(e.at().atZone(clock.getZone()))).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> audit.actorWords(e.actor(), getLocale())).setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> audit.actionWords(e.action(), getLocale())).setHeader(getTranslation("audit.column.action"))
                .setFlexGrow(2);
        grid.addColumn(e -> audit.targetWords(e.target(), getLocale())).setHeader(getTranslation("audit.column.target"))
                .setFlexGrow(2);
        grid.addColumn(e -> audit.outcomeWords(e.outcome(), getLocale())).setHeader(getTranslation("audit.column.outcome"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(e -> e.outcome() == AuditLog.Outcome.DONE ? null : "audit-" + e.outcome().name().toLowerCase(java.util.Locale.ROOT));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    private void refresh() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("audit.error.range"));
            message.setText(getTranslation("audit.error.range"));
            return;
        }
        to.setInvalid(false);
        List<AuditLog.Entry> entries = audit.find(currentFilter(), SHOWN + 1);
        grid.setItems(entries.size() > SHOWN ? entries.subList(0, SHOWN) : entries);
        message.setText(entries.isEmpty() ? getTranslation("audit.none")
                : entries.size() > SHOWN ? getTranslation("audit.count.more", SHOWN) : getTranslation("audit.count", entries.size()));
    }

    /** The days chosen are whole local days: "to" includes the last one. */
    AuditLog.Filter currentFilter() {
        return new AuditLog.Filter(start(from.getValue()), start(to.getValue() == null ? null : to.getValue().plusDays(1)),
                actor.getValue(), action.getValue(), audit.storedWords(text.getValue(), getLocale()));
    }

    private @Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }
}
