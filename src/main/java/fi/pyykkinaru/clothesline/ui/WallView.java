package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.PracticeSearch;
import fi.pyykkinaru.clothesline.SlipVoices;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.clothesline.WallBroadcaster;
import fi.pyykkinaru.clothesline.WallSlip;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.KioskIdleEvent;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.kiosk.NeedsStand;
import fi.pyykkinaru.kiosk.StandOnScreen;
import fi.pyykkinaru.kiosk.StartPage;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.live.Subscribers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The kiosk's start page: the stand's clotheslines with their slips, swaying, updated live from every stand,
 * and the washing machine that starts a report. Idle, it turns into the attract loop. Back from pegging
 * ({@code ?pinned=<id>}), the writer's own slip is marked and brought into view for a while. The event's lines
 * changing (a new one, one closed) draws the wall anew; a closed line, a catalogue and an event that is over offer
 * nothing to write. While a network has taken the stand over, its name heads the wall and only its line hangs there.
 */
@Route(value = "", layout = KioskLayout.class)
@AnonymousAllowed
// The slip form's parts come with the wall: otherwise the browser fetches them only at the tap on the drum, after
// the server's answer, and the first visitor stares at a blank screen while they load.
@Uses(TextArea.class)
@Uses(Select.class)
@Uses(CheckboxGroup.class)
@Uses(Checkbox.class)
class WallView extends Div
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle, StartPage, NeedsStand {

    static final int PINNED_MILLIS = 10_000;
    private static final AtomicBoolean REHEARSED = new AtomicBoolean();

    final Button startReport = new Button();
    final Button openProgramme = new Button();
    final Button scanSession = new Button();
    final Button startRegister = new Button();
    final Span drumLabel = new Span();
    final Div lines = new Div();
    final Div attract = new Div();
    final H1 attractTitle = new H1();
    /** The wall's heading, for screen readers (the lines and the drum say the rest); the attract loop has its own. */
    final H1 heading = new H1();
    /** Says each slip that arrives live, politely, for screen readers. */
    final Div live = new Div();
    final Paragraph attractHint = new Paragraph();
    final Paragraph ended = new Paragraph();
    /** The network that has taken the stand over for a slot, its name large above the lines; hidden otherwise. */
    final Div takeover = new Div();
    final Span takeoverLabel = new Span();
    final Span takeoverName = new Span();
    final List<LinePanel> panels;
    /** The line the drum and the attract loop start a slip on; none when no line shown takes slips. */
    private final @Nullable Line firstWritable;
    private final @Nullable LocalizedText attractText;
    private final Event event;
    private final @Nullable Instant nextTakeoverChange;
    private final Slips slips;
    private final WallBroadcaster broadcaster;
    private final Clock clock;
    private Subscribers.Subscription subscription = () -> { };
    private Subscribers.Subscription linesSubscription = () -> { };
    private Registration idleRegistration = () -> { };
    private @Nullable SlipDialog dialog;
    private @Nullable CatalogueEntryDialog entryDialog;
    final WallSearch search;
    private final SlipVoices voices;
    private final Catalogue catalogue;
    private final ObjectProvider<CatalogueEntryDialog> entryDialogs;

    WallView(ThisStand stand, Lines lineService, Slips slips, WallBroadcaster broadcaster, Clock clock,
            SlipVoices voices, PracticeSearch practices, Catalogue catalogue,
            ObjectProvider<CatalogueEntryDialog> entryDialogs) {
        this.voices = voices;
        this.catalogue = catalogue;
        this.entryDialogs = entryDialogs;
        StandOnScreen onScreen = stand.current();
        this.event = onScreen.event();
        this.attractText = onScreen.attract();
        this.nextTakeoverChange = onScreen.nextChange();
        this.slips = slips;
        this.broadcaster = broadcaster;
        this.clock = clock;
        setId("wall");
        addClassName("wall");

        List<Line> shown = lineService.shown(event.requireId(), onScreen.lineCodes());
        boolean open = !onScreen.ended();
        panels = shown.stream().map(l -> new LinePanel(l, slips, voices, this::open, this::startReport,
                open && l.takesSlips(), catalogue, this::openEntry)).toList();
        // Across the lines this stand shows: a slip of a line hung elsewhere would open here out of place.
        java.util.Map<Long, Line> shownById = shown.stream().collect(java.util.stream.Collectors.toMap(
                Line::requireId, l -> l));
        search = new WallSearch(typed -> practices.search(event.requireId(), typed, WallSearch.SHOWN * 2).stream()
                        .filter(f -> shownById.containsKey(f.lineId())).limit(WallSearch.SHOWN).toList(),
                found -> (found.kind() == PracticeSearch.Found.Kind.CATALOGUE ? getTranslation("slip.already.catalogue")
                        : java.util.Optional.ofNullable(shownById.get(found.lineId())).map(l -> l.prompt().in(getLocale()))
                                .orElse(""))
                        + (found.organisation() == null ? "" : " · " + found.organisation()),
                this::openFound);
        firstWritable = open ? shown.stream().filter(Line::takesSlips).findFirst().orElse(null) : null;
        lines.addClassName("wall-lines");
        panels.forEach(lines::add);

        startReport.setId("start-report");
        startReport.addClassName("drum-button");
        startReport.getElement().appendChild(drum().getElement(), drumLabel.getElement());
        drumLabel.addClassName("drum-label");
        startReport.addClickListener(e -> startReport(firstWritable));
        startReport.setVisible(firstWritable != null);
        openProgramme.setId("open-programme");
        openProgramme.addClassNames("big-button", "wall-programme");
        // By route, not by class: the programme belongs to the sessions feature.
        openProgramme.addClickListener(e -> UI.getCurrent().navigate("programme"));
        scanSession.setId("scan-session");
        scanSession.addClassNames("big-button", "wall-programme", "primary");
        scanSession.addClickListener(e -> UI.getCurrent().navigate("scan"));
        startRegister.setId("start-register");
        startRegister.addClassNames("big-button", "wall-programme");
        startRegister.addClickListener(e -> UI.getCurrent().navigate("register"));
        scanSession.setVisible(open);
        startRegister.setVisible(open);
        ended.setId("event-ended");
        ended.addClassName("wall-ended");
        ended.setVisible(!open);
        Div side = new Div(search, ended, startReport, scanSession, openProgramme, startRegister);
        side.addClassName("wall-side");

        attract.setId("attract");
        attract.addClassName("attract");
        attract.setVisible(false);
        Div banner = new Div(attractTitle, attractHint);
        banner.addClassName("attract-banner");
        banner.setId("attract-start");
        banner.addClickListener(e -> startReport(firstWritable));
        // A key wakes the wall as a touch does: the loop would otherwise cover the control the Tab key focuses.
        attract.getElement().executeJs("""
                const attract = this;
                const wake = () => {
                  if (!attract.isConnected) { document.removeEventListener('keydown', wake, true); return; }
                  if (!attract.hidden) attract.click();
                };
                document.addEventListener('keydown', wake, true);""");
        attract.add(banner);
        attract.addClickListener(e -> setAttract(false));

        takeover.setId("wall-takeover");
        takeover.addClassName("wall-takeover");
        takeoverLabel.addClassName("wall-takeover-label");
        takeoverName.setId("wall-takeover-name");
        takeoverName.addClassName("wall-takeover-name");
        takeoverName.setText(onScreen.takenOverBy() == null ? "" : onScreen.takenOverBy());
        takeover.add(takeoverLabel, takeoverName);
        takeover.setVisible(onScreen.takenOverBy() != null);
        getElement().getClassList().set("wall--takeover", onScreen.takenOverBy() != null);

        heading.setId("wall-heading");
        heading.addClassName("sr-only");
        heading.setText(event.name());
        live.setId("wall-live");
        live.addClassName("sr-only");
        live.getElement().setAttribute("aria-live", "polite");
        panels.forEach(p -> p.announceNewSlips(live::setText));

        add(heading, takeover, lines, side, attract, live);
    }

    private static Div drum() {
        Div glass = new Div();
        glass.addClassName("drum-glass");
        Div door = new Div(glass);
        door.addClassName("drum-door");
        Div knob = new Div();
        knob.addClassName("drum-knob");
        Div machine = new Div(knob, door);
        machine.addClassName("drum");
        machine.getElement().setAttribute("aria-hidden", "true");
        return machine;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        navigation.getLocation().getQueryParameters().getSingleParameter("pinned").ifPresent(id -> {
            try {
                long slipId = Long.parseLong(id);
                panels.forEach(p -> p.highlight(slipId));
                getElement().executeJs("const wall = this; setTimeout(() => wall.$server && wall.$server.pinnedSeen(), $0)",
                        PINNED_MILLIS);
            } catch (NumberFormatException ignored) {
                // A hand-typed address; nothing to highlight.
            }
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        String cta = firstWritable == null ? getTranslation("wall.start") : firstWritable.prompt().in(getLocale());
        drumLabel.setText(cta);
        attractTitle.setText(attractText != null ? attractText.in(getLocale())
                : firstWritable == null ? event.name() : cta);
        attractHint.setText(firstWritable == null ? "" : getTranslation("wall.attract.hint"));
        ended.setText(getTranslation("wall.ended"));
        takeoverLabel.setText(getTranslation("kiosk.takeover.by"));
        openProgramme.setText(getTranslation("wall.programme"));
        scanSession.setText(getTranslation("wall.scan"));
        startRegister.setText(getTranslation("wall.register"));
        search.localize();
        panels.forEach(LinePanel::localize);
    }

    @Override
    public String getPageTitle() {
        return event.name() + " – Pyykkinaru";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = broadcaster.subscribe(event.requireId(), lineId -> ui.access(() -> panels.stream()
                .filter(p -> p.line.requireId() == lineId).forEach(LinePanel::changed)));
        linesSubscription = broadcaster.subscribeLines(event.requireId(), () -> ui.access(() -> {
            if (isAttached()) {
                ui.refreshCurrentRoute(false);
            }
        }));
        idleRegistration = ComponentUtil.addListener(ui, KioskIdleEvent.class, e -> setAttract(true));
        if (nextTakeoverChange != null) {
            // Nobody saves anything when a slot starts or ends: the screen's own timer redraws it then. Browsers
            // fire a longer wait than about 24 days at once, so a far-off slot is waited for in steps.
            long wait = Math.clamp(Duration.between(clock.instant(), nextTakeoverChange).toMillis() + 500, 0,
                    Integer.MAX_VALUE);
            getElement().executeJs("const wall = this; setTimeout(() => wall.$server && wall.$server.takeoverDue(), $0)",
                    wait);
        }
        if (!REHEARSED.get()) {
            getElement().executeJs("const wall = this; setTimeout(() => wall.$server && wall.$server.rehearse(), 500)");
        }
    }

    /**
     * Once per server, soon after the first wall is drawn: a slip form is built and checked off screen, so that the
     * first visitor's tap on the drum does not wait for a freshly started server to load and warm its code.
     */
    @ClientCallable
    void rehearse() {
        if (firstWritable != null && REHEARSED.compareAndSet(false, true)) {
            VaadinService.getCurrent().getInstantiator().createRouteTarget(WriteSlipView.class, null)
                    .rehearse(firstWritable);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscription.cancel();
        linesSubscription.cancel();
        idleRegistration.remove();
    }

    /** A takeover slot of this stand started or ended: the wall (and its frame) are drawn as the stand is now. */
    @ClientCallable
    void takeoverDue() {
        if (isAttached()) {
            UI.getCurrent().refreshCurrentRoute(true);
        }
    }

    @ClientCallable
    void pinnedSeen() {
        panels.forEach(LinePanel::clearHighlight);
    }

    void setAttract(boolean on) {
        if (on) {
            pinnedSeen();
            if (dialog != null) {
                dialog.close();
            }
            if (entryDialog != null) {
                entryDialog.close();
            }
            panels.stream().filter(p -> p.page() != 0).forEach(p -> p.showPage(0));
            search.clear();
        }
        attract.setVisible(on);
        // One heading at a time: the attract loop's covers the wall.
        heading.setVisible(!on);
        getElement().getClassList().set("wall--attract", on);
    }

    private void open(WallSlip slip) {
        if (dialog != null) {
            dialog.close();
        }
        // Re-read: the slip may have been hidden since this page was drawn.
        slips.published(slip.id()).ifPresent(current -> {
            SlipDialog opened = new SlipDialog(current, event.themes(), clock.getZone());
            catalogue.ofSlip(current.id()).ifPresent(entry -> opened.detail.inCatalogue(entry, this::openEntry));
            opened.detail.voices(voices.ofSlips(List.of(current.id())).getOrDefault(current.id(), 0L),
                    voices.commentsOfSlip(current.id()));
            dialog = opened;
            opened.open();
        });
    }

    private void openEntry(CatalogueEntry entry) {
        if (dialog != null) {
            dialog.close();
        }
        if (entryDialog != null) {
            entryDialog.close();
        }
        CatalogueEntryDialog opened = entryDialogs.getObject();
        entryDialog = opened;
        opened.open(entry);
    }

    /** A search result: a slip opens as a tap on it would, a catalogue entry in the catalogue's own dialog. */
    private void openFound(PracticeSearch.Found found) {
        if (found.kind() == PracticeSearch.Found.Kind.SLIP) {
            slips.published(found.id()).ifPresent(this::open);
        } else {
            catalogue.find(found.id()).ifPresent(this::openEntry);
        }
    }

    private void startReport(@Nullable Line line) {
        if (line == null) {
            return;
        }
        UI.getCurrent().navigate(WriteSlipView.class, new RouteParameters("line", line.code()));
    }
}
