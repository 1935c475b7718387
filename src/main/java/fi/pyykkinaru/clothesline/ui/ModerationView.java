package fi.pyykkinaru.clothesline.ui;

import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.base.ui.StaffLayout;
import fi.pyykkinaru.base.ui.Undo;
import fi.pyykkinaru.staff.AuditLog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.SlipTheme;
import fi.pyykkinaru.clothesline.SlipVoices;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.kiosk.NeedsEvent;
import fi.pyykkinaru.kiosk.ThisStand;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff review held slips, reading each whole, and hide or bring back any slip on the wall. Hiding asks first
 * and can be undone for a few seconds after.
 */
@Route(value = "staff", layout = StaffLayout.class)
@RolesAllowed("STAFF")
class ModerationView extends Div implements LocaleChangeObserver, HasDynamicTitle, NeedsEvent {

    static final int ROWS = 500;

    final H1 heading = new H1();
    final Map<SlipStatus, Button> filters = new java.util.LinkedHashMap<>();
    final Grid<Slip> grid = new Grid<>();
    /** The comments that came with +1s ("already here"), of the status shown: read and approved like slips. */
    final H2 voicesHeading = new H2();
    final Grid<SlipVoices.Comment> voiceGrid = new Grid<>();
    private final SlipVoices voices;
    private final Slips slips;
    private final Event event;
    private final Map<Long, Line> lines;
    private final Map<String, Theme> themes;
    private final Clock clock;
    private SlipStatus shown = SlipStatus.HELD;

    private final AuditLog audit;
    private final Catalogue catalogue;
    /** Organisers link reports to the catalogue; other staff see the link. */
    private final boolean organiser;
    private List<CatalogueEntry> entries = List.of();

    ModerationView(ThisStand stand, Slips slips, Lines lineService, Clock clock, AuditLog audit, Catalogue catalogue,
            AuthenticationContext authentication, SlipVoices voices) {
        this.voices = voices;
        this.audit = audit;
        this.catalogue = catalogue;
        this.organiser = authentication.hasRole("ORGANISER");
        this.slips = slips;
        this.event = stand.event();
        this.clock = clock;
        this.lines = lineService.active(event.requireId()).stream()
                .collect(Collectors.toMap(Line::requireId, Function.identity()));
        this.themes = event.themes().stream().collect(Collectors.toMap(Theme::code, Function.identity(), (a, b) -> a));
        setId("moderation");
        addClassName("staff");

        Div top = new Div(heading);
        top.addClassName("staff-top");

        Div filterBar = new Div();
        filterBar.addClassName("choices");
        for (SlipStatus status : List.of(SlipStatus.HELD, SlipStatus.PUBLISHED, SlipStatus.HIDDEN)) {
            Button filter = new Button("", e -> showStatus(status));
            filter.setId("moderation-" + status.name().toLowerCase());
            filter.addClassName("choice");
            filters.put(status, filter);
            filterBar.add(filter);
        }

        grid.setId("moderation-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        voiceGrid.setId("moderation-voices");
        voiceGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        voiceGrid.setAllRowsVisible(true);
        add(top, filterBar, grid, voicesHeading, voiceGrid);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("moderation.title", event.name()));
        filters.forEach((status, button) -> button.setText(getTranslation("slip.status." + status.name())));
        grid.setEmptyStateText(getTranslation("moderation.empty"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.removeAllColumns();
        grid.addColumn(s -> time.format(s.createdAt().atZone(clock.getZone())))
                .setHeader(getTranslation("moderation.pegged")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> lines.containsKey(s.lineId()) ? lines.get(s.lineId()).prompt().in(getLocale()) : "")
                .setHeader(getTranslation("moderation.line"));
        grid.addComponentColumn(this::slipText).setHeader(getTranslation("moderation.slip")).setFlexGrow(4);
        grid.addComponentColumn(this::statusOf).setHeader(getTranslation("moderation.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("moderation.actions")).setAutoWidth(true);
        voicesHeading.setText(getTranslation("moderation.voices"));
        voiceGrid.removeAllColumns();
        voiceGrid.addColumn(v -> time.format(v.createdAt().atZone(clock.getZone())))
                .setHeader(getTranslation("moderation.pegged")).setAutoWidth(true).setFlexGrow(0);
        voiceGrid.addColumn(SlipVoices.Comment::practice).setHeader(getTranslation("moderation.voices.practice"))
                .setFlexGrow(2);
        voiceGrid.addColumn(SlipVoices.Comment::comment).setHeader(getTranslation("moderation.voices.comment"))
                .setFlexGrow(4);
        voiceGrid.addComponentColumn(this::voiceActions).setHeader(getTranslation("moderation.actions"))
                .setAutoWidth(true);
        showStatus(shown);
    }

    private Div voiceActions(SlipVoices.Comment comment) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        for (SlipStatus to : List.of(SlipStatus.PUBLISHED, SlipStatus.HIDDEN)) {
            if (comment.status() == to) {
                continue;
            }
            String key = to == SlipStatus.HIDDEN ? "moderation.hide"
                    : comment.status() == SlipStatus.HELD ? "moderation.approve" : "moderation.unhide";
            Button button = new Button(getTranslation(key), e -> {
                voices.changeStatus(comment.voiceId(), to);
                audit.record("voice." + to.name().toLowerCase(Locale.ROOT), "voice " + comment.voiceId());
                showStatus(shown);
            });
            button.setId("moderation-voice-" + to.name().toLowerCase() + "-" + comment.voiceId());
            if (to == SlipStatus.HIDDEN) {
                button.addClassName("danger-outline");
            }
            actions.add(button);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title", event.name());
    }

    private void showStatus(SlipStatus status) {
        shown = status;
        filters.forEach((s, b) -> b.getElement().setAttribute("aria-pressed", String.valueOf(s == status)));
        entries = catalogue.ofEvent(event.requireId());
        grid.setItems(slips.withStatus(event.requireId(), status, ROWS));
        List<SlipVoices.Comment> comments = voices.comments(event.requireId(), status, ROWS);
        voiceGrid.setItems(comments);
        voicesHeading.setVisible(!comments.isEmpty());
        voiceGrid.setVisible(!comments.isEmpty());
    }

    /**
     * The whole slip as the wall would show it (title, text, organisation, whose practice, region, themes), so
     * that staff approve what they have read, not a title. Always text, never markup.
     */
    private Div slipText(Slip slip) {
        Span title = new Span(slip.title());
        title.addClassName("moderation-title");
        Div text = new Div(title);
        text.addClassName("moderation-slip");
        text.setId("moderation-slip-" + slip.id());
        if (slip.body() != null && !slip.body().isBlank()) {
            Paragraph body = new Paragraph(slip.body());
            body.addClassName("moderation-body");
            text.add(body);
        }
        List<String> facts = new ArrayList<>();
        if (slip.organisation() != null && !slip.organisation().isBlank()) {
            facts.add(getTranslation("slip.organisation.short") + ": " + slip.organisation());
        }
        if (slip.ownership() != null) {
            facts.add(getTranslation("slip.whose") + ": " + getTranslation(
                    slip.ownership() == Ownership.OWN ? "slip.dialog.own" : "slip.dialog.other"));
        }
        if (slip.region() != null) {
            facts.add(getTranslation("slip.region") + ": " + getTranslation(slip.region().labelKey()));
        }
        List<String> themeLabels = slip.themes().stream().map(SlipTheme::themeCode).sorted()
                .map(code -> themes.containsKey(code) ? themes.get(code).label().in(getLocale()) : code).toList();
        if (!themeLabels.isEmpty()) {
            facts.add(getTranslation("slip.themes") + ": " + String.join(", ", themeLabels));
        }
        if (!facts.isEmpty()) {
            Span details = new Span(String.join(" · ", facts));
            details.addClassName("moderation-facts");
            text.add(details);
        }
        Line line = lines.get(slip.lineId());
        if (!entries.isEmpty() && line != null && line.kind() == LineKind.PRACTICE) {
            text.add(catalogueLink(slip));
        }
        return text;
    }

    /**
     * The catalogue entry of the practice the report names, chosen by its title (typing filters); cleared, the report
     * is no longer linked. The wall's card then says "in the catalogue" and its dialog opens the entry.
     */
    private ComboBox<CatalogueEntry> catalogueLink(Slip slip) {
        ComboBox<CatalogueEntry> link = new ComboBox<>(getTranslation("moderation.catalogue"));
        link.setId("moderation-catalogue-" + slip.id());
        link.addClassName("moderation-catalogue");
        link.setItems(entries);
        link.setItemLabelGenerator(CatalogueEntry::title);
        link.setClearButtonVisible(true);
        link.setPlaceholder(getTranslation("moderation.catalogue.none"));
        Long linked = slip.catalogueEntryId();
        entries.stream().filter(e -> linked != null && e.requireId() == linked).findFirst().ifPresent(link::setValue);
        link.setReadOnly(!organiser);
        link.addValueChangeListener(e -> {
            CatalogueEntry chosen = e.getValue();
            catalogue.link(slip.requireId(), chosen == null ? null : chosen.requireId());
            audit.record(chosen == null ? "slip.catalogue.unlinked" : "slip.catalogue.linked", "slip " + slip.id()
                    + (chosen == null ? "" : " → entry " + chosen.id()));
        });
        return link;
    }

    private Span statusOf(Slip slip) {
        Span status = new Span(getTranslation("slip.status." + slip.status().name()));
        status.addClassName("status");
        return status;
    }

    private Div actions(Slip slip) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (slip.status() != SlipStatus.PUBLISHED) {
            actions.add(action(slip, SlipStatus.PUBLISHED,
                    slip.status() == SlipStatus.HELD ? "moderation.approve" : "moderation.unhide"));
        }
        if (slip.status() != SlipStatus.HIDDEN) {
            actions.add(action(slip, SlipStatus.HIDDEN, "moderation.hide"));
        }
        return actions;
    }

    private Button action(Slip slip, SlipStatus to, String key) {
        Button button = new Button(getTranslation(key), e -> {
            if (to == SlipStatus.HIDDEN) {
                confirmHide(slip);
            } else {
                move(slip, to);
            }
        });
        button.setId("moderation-" + to.name().toLowerCase() + "-" + slip.id());
        if (to == SlipStatus.HIDDEN) {
            button.addClassName("danger-outline");
        }
        return button;
    }

    /** Hiding takes a slip off every screen: staff confirm it, and may take it back for a while after. */
    private void confirmHide(Slip slip) {
        new Confirmation(getTranslation("moderation.hide.title"), getTranslation("moderation.hide.text", slip.title()),
                getTranslation("moderation.hide"), () -> {
                    SlipStatus before = slip.status();
                    move(slip, SlipStatus.HIDDEN);
                    Undo.offer(getTranslation("moderation.hide.done", slip.title()), () -> move(slip, before));
                }).open();
    }

    private void move(Slip slip, SlipStatus to) {
        slips.changeStatus(slip.requireId(), to);
        audit.record("slip." + to.name().toLowerCase(Locale.ROOT), "slip " + slip.id());
        showStatus(shown);
    }
}
