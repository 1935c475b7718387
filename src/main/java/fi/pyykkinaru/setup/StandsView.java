package fi.pyykkinaru.setup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.base.ui.PhoneAddressPanel;
import fi.pyykkinaru.base.ui.StaffLayout;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.kiosk.Screen;
import fi.pyykkinaru.kiosk.Screens;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.printing.IppClient;
import fi.pyykkinaru.printing.PrinterException;
import fi.pyykkinaru.printing.PrinterPurpose;
import fi.pyykkinaru.printing.PrinterStatus;
import fi.pyykkinaru.printing.Printers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Organisers set up an event's stands (name, lines, languages, idle timeout, attract texts, auto-print, a printer
 * per purpose chosen from the server's CUPS queues), pair screens with them by the code a new screen shows, and see
 * and revoke the screens. A screen's QR code opens this page with {@code ?code=}, so the code is filled in.
 */
@Route(value = "staff/stands", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class StandsView extends Div implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    final H1 heading = new H1();
    final Select<Event> event = new Select<>();
    /** Where the address that QR codes carry is shown (the address part's component goes here). */
    final Div addressSpot = new Div();
    final H2 standsHeading = new H2();
    final Div standList = new Div();
    final Button newStand = new Button();
    final Div form = new Div();
    final H3 formHeading = new H3();
    final TextField name = new TextField();
    final CheckboxGroup<Line> lines = new CheckboxGroup<>();
    final CheckboxGroup<String> languages = new CheckboxGroup<>();
    final Select<String> defaultLanguage = new Select<>();
    final IntegerField idleTimeout = new IntegerField();
    final Map<String, TextArea> attract = new LinkedHashMap<>();
    final Checkbox autoPrint = new Checkbox();
    final Paragraph cups = new Paragraph();
    final Button refreshPrinters = new Button();
    final Map<PrinterPurpose, ComboBox<String>> printers = new EnumMap<>(PrinterPurpose.class);
    final Map<PrinterPurpose, Span> printerStates = new EnumMap<>(PrinterPurpose.class);
    final Map<PrinterPurpose, Button> testPages = new EnumMap<>(PrinterPurpose.class);
    final Button save = new Button();
    final Button remove = new Button();
    final Paragraph message = new Paragraph();
    final H2 pairingHeading = new H2();
    final Paragraph pairingHelp = new Paragraph();
    final TextField pairCode = new TextField();
    final Select<Stand> pairStand = new Select<>();
    final Button pairSubmit = new Button();
    final Paragraph pairMessage = new Paragraph();
    final H2 screensHeading = new H2();
    final Grid<Screen> screensGrid = new Grid<>();

    private final Events events;
    private final Stands stands;
    private final Screens screens;
    private final Lines lineService;
    private final StandSetup setup;
    private final Printers printerService;
    private final StandSettings defaults;
    private final Clock clock;
    private final String me;
    /** The stand in the form as it was read (its version tells a concurrent change); null: a new stand. */
    private @Nullable Stand editing;
    private List<IppClient.Queue> queues = List.of();
    private boolean cupsReachable;

    StandsView(Events events, Stands stands, Screens screens, Lines lineService, StandSetup setup, Printers printerService,
            StandSettings defaults, AuthenticationContext authentication, PhoneAddressPanel address, Clock clock) {
        this.events = events;
        this.stands = stands;
        this.screens = screens;
        this.lineService = lineService;
        this.setup = setup;
        this.printerService = printerService;
        this.defaults = defaults;
        this.clock = clock;
        this.me = authentication.getPrincipalName().orElse("");
        setId("stands");
        addClassNames("staff", "stands-view");

        event.setId("stands-event");
        event.setItemLabelGenerator(Event::name);
        event.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showEvent();
            }
        });
        addressSpot.setId("stands-address");
        addressSpot.addClassName("stands-address");
        // Which address the stand's session QR codes, posters and receipts carry, before anything is printed here.
        addressSpot.add(address);
        Div top = new Div(heading, event);
        top.addClassName("staff-top");

        standList.setId("stands-list");
        standList.addClassName("stand-cards");
        newStand.setId("stand-new");
        newStand.addClassNames("big-button");
        newStand.addClickListener(e -> edit(null));

        form.setId("stand-form");
        form.addClassName("stand-form");
        name.setId("stand-name");
        name.setRequired(true);
        name.setMaxLength(Stand.MAX_NAME);
        name.addValueChangeListener(e -> name.setInvalid(false));
        lines.setId("stand-lines");
        lines.addClassName("stand-choices");
        languages.setId("stand-languages");
        languages.addClassName("stand-choices");
        languages.setItems(LANGUAGES);
        languages.addValueChangeListener(e -> offerDefaultLanguages());
        defaultLanguage.setId("stand-default-language");
        idleTimeout.setId("stand-idle-timeout");
        idleTimeout.setMin(StandRules.MIN_TIMEOUT);
        idleTimeout.setMax(StandRules.MAX_TIMEOUT);
        idleTimeout.setStepButtonsVisible(true);
        idleTimeout.addValueChangeListener(e -> idleTimeout.setInvalid(false));
        Div attractFields = new Div();
        attractFields.addClassName("stand-attract");
        for (String language : LANGUAGES) {
            TextArea text = new TextArea();
            text.setId("stand-attract-" + language);
            text.setMaxLength(StandRules.MAX_ATTRACT);
            text.addValueChangeListener(e -> text.setInvalid(false));
            attract.put(language, text);
            attractFields.add(text);
        }
        autoPrint.setId("stand-auto-print");
        cups.setId("stands-cups");
        cups.addClassName("stands-cups");
        cups.getElement().setAttribute("role", "status");
        refreshPrinters.setId("stands-printers-refresh");
        refreshPrinters.addClickListener(e -> {
            askCups();
            showPrinterStates();
        });
        Div printerChoices = new Div();
        printerChoices.addClassName("printer-cards");
        for (PrinterPurpose purpose : PrinterPurpose.values()) {
            String id = "stand-printer-" + purpose.name().toLowerCase(Locale.ROOT);
            ComboBox<String> printer = new ComboBox<>();
            printer.setId(id);
            printer.setAllowCustomValue(true);
            printer.setClearButtonVisible(true);
            printer.setItemLabelGenerator(this::printerLabel);
            printer.addCustomValueSetListener(e -> choosePrinter(printer, e.getDetail()));
            printer.addValueChangeListener(e -> {
                printer.setInvalid(false);
                showPrinterStates();
            });
            Span state = new Span();
            state.setId(id + "-state");
            state.addClassName("printer-state");
            Button test = new Button();
            test.setId(id + "-test");
            test.addClickListener(e -> printTestPage(purpose));
            printers.put(purpose, printer);
            printerStates.put(purpose, state);
            testPages.put(purpose, test);
            Div card = new Div(printer, state, test);
            card.setId(id + "-card");
            card.addClassName("printer-card");
            printerChoices.add(card);
        }
        save.setId("stand-save");
        save.addClassNames("big-button", "primary");
        save.addClickListener(e -> save());
        remove.setId("stand-remove");
        remove.addClassName("danger-outline");
        remove.addClickListener(e -> confirmRemove());
        message.setId("stands-message");
        message.getElement().setAttribute("role", "status");
        Div formActions = new Div(save, remove);
        formActions.addClassName("staff-tools");
        Div languageRow = new Div(languages, defaultLanguage, idleTimeout);
        languageRow.addClassName("staff-tools");
        Div printerRow = new Div(cups, refreshPrinters);
        printerRow.addClassName("staff-tools");
        form.add(formHeading, name, lines, languageRow, attractFields, autoPrint, printerRow, printerChoices, message,
                formActions);

        pairCode.setId("pair-code");
        pairCode.setMaxLength(12);
        pairCode.addValueChangeListener(e -> pairCode.setInvalid(false));
        pairCode.getElement().setAttribute("autocomplete", "off");
        pairCode.getElement().setAttribute("autocapitalize", "characters");
        pairStand.setId("pair-stand");
        pairStand.setItemLabelGenerator(Stand::name);
        pairSubmit.setId("pair-submit");
        pairSubmit.addClassNames("big-button", "primary");
        pairSubmit.addClickListener(e -> pair());
        pairMessage.setId("pair-message");
        pairMessage.getElement().setAttribute("role", "status");
        Div pairing = new Div(pairCode, pairStand, pairSubmit);
        pairing.addClassName("staff-tools");
        screensGrid.setId("screens-grid");
        screensGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        screensGrid.setAllRowsVisible(true);

        Div standsColumn = new Div(standsHeading, newStand, standList);
        standsColumn.addClassName("stands-column");
        Div layout = new Div(standsColumn, form);
        layout.addClassName("stands-layout");
        add(top, addressSpot, layout, pairingHeading, pairingHelp, pairing, pairMessage, screensHeading, screensGrid);

        // An archived event is done with; its stands are not set up any more.
        List<Event> choices = events.all().stream().filter(e -> !e.archived()).toList();
        event.setItems(choices);
        askCups();
        events.current().or(() -> choices.stream().findFirst()).ifPresent(event::setValue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        // What a screen's pairing QR code opens: the code is there, staff only choose the stand.
        enter.getLocation().getQueryParameters().getSingleParameter("code")
                .map(Screens::normalise).filter(code -> !code.isBlank() && code.length() <= 12)
                .ifPresent(pairCode::setValue);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("stands.title"));
        event.setLabel(getTranslation("stands.event"));
        standsHeading.setText(getTranslation("stands.list"));
        newStand.setText(getTranslation("stands.new"));
        name.setLabel(getTranslation("stands.name"));
        lines.setLabel(getTranslation("stands.lines"));
        lines.setHelperText(getTranslation("stands.lines.help"));
        lines.setItemLabelGenerator(line -> line.prompt().in(getLocale()));
        languages.setLabel(getTranslation("stands.languages"));
        languages.setHelperText(getTranslation("stands.languages.help"));
        languages.setItemLabelGenerator(code -> getTranslation("stands.language." + code));
        defaultLanguage.setLabel(getTranslation("stands.default-language"));
        defaultLanguage.setItemLabelGenerator(code -> getTranslation("stands.language." + code));
        idleTimeout.setLabel(getTranslation("stands.idle-timeout"));
        idleTimeout.setHelperText(getTranslation("stands.idle-timeout.help", StandRules.MIN_TIMEOUT, StandRules.MAX_TIMEOUT));
        attract.forEach((language, text) -> text.setLabel(getTranslation("stands.attract." + language)));
        autoPrint.setLabel(getTranslation("stands.auto-print"));
        refreshPrinters.setText(getTranslation("stands.printers.refresh"));
        printers.forEach((purpose, printer) -> {
            printer.setLabel(getTranslation("print.printer." + purpose.name()));
            printer.setHelperText(getTranslation("stands.printer.help"));
        });
        testPages.values().forEach(b -> b.setText(getTranslation("stands.printer.test")));
        save.setText(getTranslation("stands.save"));
        remove.setText(getTranslation("stands.remove"));
        pairingHeading.setText(getTranslation("stands.pairing"));
        pairingHelp.setText(getTranslation("stands.pairing.help"));
        pairCode.setLabel(getTranslation("stands.pair.code"));
        pairStand.setLabel(getTranslation("stands.pair.stand"));
        pairSubmit.setText(getTranslation("stands.pair.submit"));
        screensHeading.setText(getTranslation("stands.screens"));
        screensGrid.setEmptyStateText(getTranslation("stands.screens.none"));
        screensGrid.removeAllColumns();
        // One column of cards: the same on the stand's screen and on a 390 px phone, where four columns would break
        // every word.
        screensGrid.addComponentColumn(this::screenCard).setHeader(getTranslation("stands.screens"));
        showCups();
        showEvent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stands.title");
    }

    private void showEvent() {
        Event chosen = event.getValue();
        if (chosen == null) {
            return;
        }
        lines.setItems(lineService.active(chosen.requireId()));
        showStands();
        Long keep = editing == null ? null : editing.id();
        edit(keep == null ? null : stands.find(keep).filter(s -> s.eventId() == chosen.requireId()).orElse(null));
    }

    private void showStands() {
        Event chosen = event.getValue();
        List<Stand> all = chosen == null ? List.of() : stands.of(chosen.requireId());
        standList.removeAll();
        for (Stand stand : all) {
            int count = screens.of(stand.requireId()).size();
            Button card = new Button(stand.name() + " · " + getTranslation("stands.screen-count", count));
            card.setId("stand-edit-" + stand.requireId());
            card.addClassName("stand-card");
            card.getElement().setAttribute("aria-pressed",
                    String.valueOf(editing != null && Objects.equals(editing.id(), stand.id())));
            card.addClickListener(e -> edit(stands.find(stand.requireId()).orElse(null)));
            standList.add(card);
        }
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("stands.none"));
            none.setId("stands-none");
            standList.add(none);
        }
        Stand chosenForPairing = pairStand.getValue();
        pairStand.setItems(all);
        all.stream().filter(s -> chosenForPairing != null && Objects.equals(s.id(), chosenForPairing.id())).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(pairStand::setValue);
        screensGrid.setItems(screens.all());
    }

    /** Fills the form with the stand (null: a new one with the settings file's values). */
    private void edit(@Nullable Stand stand) {
        editing = stand;
        Event chosen = event.getValue();
        Stand shown = stand != null ? stand : chosen == null ? null : newStandFor(chosen);
        formHeading.setText(getTranslation(stand == null ? "stands.form.new" : "stands.form.edit"));
        remove.setVisible(stand != null);
        message.setText("");
        clearInvalid();
        if (shown == null) {
            return;
        }
        name.setValue(stand == null ? "" : shown.name());
        List<String> codes = shown.lineCodes();
        lines.setValue(lines.getListDataView().getItems().filter(l -> codes.contains(l.code()))
                .collect(Collectors.toSet()));
        List<String> chosenLanguages = shown.languageCodes().stream().filter(LANGUAGES::contains).toList();
        languages.setValue(new java.util.HashSet<>(chosenLanguages));
        offerDefaultLanguages();
        if (!chosenLanguages.isEmpty()) {
            defaultLanguage.setValue(chosenLanguages.getFirst());
        }
        idleTimeout.setValue(shown.idleTimeoutSeconds());
        LocalizedText text = shown.attract();
        attractField("fi").setValue(text == null ? "" : text.fi());
        attractField("sv").setValue(text == null || text.sv().equals(text.fi()) ? "" : text.sv());
        attractField("en").setValue(text == null || text.en().equals(text.fi()) ? "" : text.en());
        autoPrint.setValue(shown.autoPrintBadges());
        printers.forEach((purpose, printer) -> choosePrinter(printer, shown.printer(purpose.name())));
        showPrinterStates();
        showStands();
    }

    /**
     * A new stand starts from the settings file's values; a timeout the file sets outside what a stand allows (a
     * test box's few seconds) starts at the nearest allowed one.
     */
    private Stand newStandFor(Event chosen) {
        int seconds = Math.clamp(defaults.idleTimeout().toSeconds(), StandRules.MIN_TIMEOUT, StandRules.MAX_TIMEOUT);
        return new Stand(null, chosen.requireId(), "-", String.join(",", defaults.lines()),
                String.join(",", defaults.languages()), seconds, null, defaults.autoPrintBadges(), "", "", "", 0);
    }

    private void offerDefaultLanguages() {
        List<String> chosen = LANGUAGES.stream().filter(languages.getValue()::contains).toList();
        String before = defaultLanguage.getValue();
        defaultLanguage.setItems(chosen);
        defaultLanguage.setEnabled(!chosen.isEmpty());
        if (before != null && chosen.contains(before)) {
            defaultLanguage.setValue(before);
        } else if (!chosen.isEmpty()) {
            defaultLanguage.setValue(chosen.getFirst());
        }
    }

    private void save() {
        Event chosen = event.getValue();
        if (chosen == null) {
            return;
        }
        clearInvalid();
        List<String> problems = new ArrayList<>();
        String nameProblem = StandRules.name(name.getValue());
        if (nameProblem == null && nameTaken(chosen, name.getValue())) {
            nameProblem = "stands.problem.name-taken";
        }
        if (nameProblem != null) {
            invalid(name, getTranslation(nameProblem, name.getValue().strip(), Stand.MAX_NAME), problems);
        }
        Integer seconds = idleTimeout.getValue();
        if (seconds == null || idleTimeout.isInvalid() || StandRules.timeout(seconds) != null) {
            invalid(idleTimeout, getTranslation("stands.problem.timeout", StandRules.MIN_TIMEOUT, StandRules.MAX_TIMEOUT),
                    problems);
        }
        attract.forEach((language, text) -> {
            if (StandRules.attract(text.getValue()) != null) {
                invalid(text, getTranslation("stands.problem.attract-long", StandRules.MAX_ATTRACT), problems);
            }
        });
        boolean others = !attractField("sv").getValue().isBlank() || !attractField("en").getValue().isBlank();
        if (others && attractField("fi").getValue().isBlank()) {
            invalid(attractField("fi"), getTranslation("stands.problem.attract-finnish"), problems);
        }
        printers.forEach((purpose, printer) -> {
            if (StandRules.printer(value(printer)) != null) {
                invalid(printer, getTranslation("stands.problem.printer"), problems);
            }
        });
        if (!problems.isEmpty()) {
            message.setText(getTranslation("stands.problems", problems.size()));
            return;
        }
        Stand before = editing;
        Stand stand = new Stand(before == null ? null : before.id(), chosen.requireId(), name.getValue(), lineCodes(),
                String.join(",", languageOrder()), Objects.requireNonNull(seconds), attractText(), autoPrint.getValue(),
                value(printerField(PrinterPurpose.BADGE)), value(printerField(PrinterPurpose.RECEIPT)),
                value(printerField(PrinterPurpose.A4)), before == null ? 0 : before.version());
        try {
            Stand saved = setup.save(stand);
            edit(saved);
            message.setText(getTranslation(before == null ? "stands.created" : "stands.saved", saved.name()));
        } catch (OptimisticLockingFailureException e) {
            // Someone else saved (or removed) it meanwhile: their values are shown, ours are not forced over them.
            Optional<Stand> newer = before == null || before.id() == null ? Optional.empty() : stands.find(before.id());
            edit(newer.orElse(null));
            message.setText(getTranslation(newer.isPresent() ? "stands.conflict" : "stands.conflict.removed"));
        } catch (DataIntegrityViolationException e) {
            invalid(name, getTranslation("stands.problem.name-taken", name.getValue().strip()), problems);
            message.setText(getTranslation("stands.problems", 1));
        }
    }

    private boolean nameTaken(Event chosen, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return stands.of(chosen.requireId()).stream()
                .filter(s -> editing == null || !Objects.equals(s.id(), editing.id()))
                .anyMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private String lineCodes() {
        // None ticked is all lines, and so is every line ticked: a line added later then shows too.
        if (lines.getValue().size() == lines.getListDataView().getItemCount()) {
            return "";
        }
        return lines.getListDataView().getItems().filter(lines.getValue()::contains).map(Line::code)
                .collect(Collectors.joining(","));
    }

    /** The default language first, then the others in the usual order. */
    private List<String> languageOrder() {
        List<String> chosen = LANGUAGES.stream().filter(languages.getValue()::contains).collect(Collectors.toList());
        String first = defaultLanguage.getValue();
        if (first != null && chosen.remove(first)) {
            chosen.addFirst(first);
        }
        return chosen;
    }

    private @Nullable LocalizedText attractText() {
        String fi = attractField("fi").getValue().strip();
        return fi.isEmpty() ? null
                : new LocalizedText(fi, attractField("sv").getValue().strip(), attractField("en").getValue().strip());
    }

    private void confirmRemove() {
        Stand stand = editing;
        if (stand == null || stand.id() == null) {
            return;
        }
        int paired = screens.of(stand.requireId()).size();
        new Confirmation(getTranslation("stands.remove.title"), getTranslation("stands.remove.text", stand.name()),
                getTranslation("stands.remove"), () -> {
                    setup.remove(stand.requireId());
                    edit(null);
                    message.setText(getTranslation("stands.remove.done", stand.name()));
                })
                .losing(paired == 0 ? List.of() : List.of(getTranslation("stands.remove.losing", paired)))
                .irreversible().open();
    }

    private void pair() {
        pairCode.setInvalid(false);
        Stand stand = pairStand.getValue();
        String code = Screens.normalise(pairCode.getValue());
        if (code.isEmpty()) {
            pairCode.setErrorMessage(getTranslation("stands.pair.code-missing"));
            pairCode.setInvalid(true);
            return;
        }
        if (stand == null) {
            pairStand.setErrorMessage(getTranslation("stands.pair.stand-missing"));
            pairStand.setInvalid(true);
            return;
        }
        Optional<Screen> paired = setup.pair(code, stand, me);
        if (paired.isEmpty()) {
            pairCode.setErrorMessage(getTranslation("stands.pair.unknown", code));
            pairCode.setInvalid(true);
            pairMessage.setText(getTranslation("stands.pair.unknown", code));
            return;
        }
        pairCode.clear();
        pairMessage.setText(getTranslation("stands.pair.done", code, stand.name()));
        showStands();
    }

    private Div screenCard(Screen screen) {
        Span stand = new Span(screenStand(screen));
        stand.addClassName("screen-stand");
        Span contact = new Span(getTranslation("stands.screen.contact") + ": " + lastContact(screen.lastContact()));
        Span language = new Span(getTranslation("stands.screen.language") + ": "
                + (screen.language() == null ? "–" : getTranslation("stands.language." + screen.language())));
        Div facts = new Div(stand, contact, language);
        facts.addClassName("screen-facts");
        Div card = new Div(facts, revokeButton(screen));
        card.addClassName("screen-card");
        card.setId("screen-" + screen.requireId());
        return card;
    }

    private Button revokeButton(Screen screen) {
        Button revoke = new Button(getTranslation("stands.screen.revoke"), e -> confirmRevoke(screen));
        revoke.setId("screen-revoke-" + screen.requireId());
        revoke.addClassName("danger-outline");
        revoke.setVisible(screen.paired());
        return revoke;
    }

    private void confirmRevoke(Screen screen) {
        new Confirmation(getTranslation("stands.screen.revoke.title"),
                getTranslation("stands.screen.revoke.text", screenStand(screen)), getTranslation("stands.screen.revoke"),
                () -> {
                    setup.revoke(screen);
                    pairMessage.setText(getTranslation("stands.screen.revoke.done"));
                    showStands();
                }).open();
    }

    private String screenStand(Screen screen) {
        Long standId = screen.standId();
        if (standId == null) {
            return getTranslation("stands.screen.unpaired", screen.pairingCode());
        }
        return stands.find(standId).map(Stand::name).orElse("#" + standId);
    }

    /** "3 min ago (14.05)": how long ago in words, and the local time for looking it up. */
    String lastContact(Instant at) {
        Duration ago = Duration.between(at, clock.instant());
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(clock.getZone()));
        if (ago.toMinutes() < 1) {
            return getTranslation("stands.contact.now", time);
        }
        if (ago.toHours() < 1) {
            return getTranslation("stands.contact.minutes", ago.toMinutes(), time);
        }
        if (ago.toDays() < 1) {
            return getTranslation("stands.contact.hours", ago.toHours(), time);
        }
        return getTranslation("stands.contact.days", ago.toDays(), time);
    }

    /** Asks the server's CUPS for its queues; when it does not answer, addresses can still be typed. */
    private void askCups() {
        try {
            queues = printerService.queues();
            cupsReachable = true;
        } catch (PrinterException e) {
            queues = List.of();
            cupsReachable = false;
        }
        List<String> addresses = queues.stream().map(IppClient.Queue::address).toList();
        printers.values().forEach(printer -> {
            String current = value(printer);
            List<String> items = new ArrayList<>(addresses);
            if (!current.isBlank() && !items.contains(current)) {
                items.add(current);
            }
            printer.setItems(items);
            if (!current.isBlank()) {
                printer.setValue(current);
            }
        });
        showCups();
    }

    private void showCups() {
        cups.setText(cupsReachable ? getTranslation("stands.cups.found", queues.size())
                : getTranslation("stands.cups.unreachable"));
        cups.getElement().setAttribute("data-reachable", String.valueOf(cupsReachable));
    }

    private void choosePrinter(ComboBox<String> printer, String address) {
        String stripped = address.strip();
        if (stripped.isEmpty()) {
            printer.clear();
            return;
        }
        List<String> items = new ArrayList<>(printer.getListDataView().getItems().toList());
        if (!items.contains(stripped)) {
            items.add(stripped);
            printer.setItems(items);
        }
        printer.setValue(stripped);
    }

    private String printerLabel(String address) {
        return queue(address).map(q -> q.name() + (q.info().isBlank() || q.info().equals(q.name()) ? "" : " · " + q.info()))
                .orElse(address);
    }

    private Optional<IppClient.Queue> queue(String address) {
        return queues.stream().filter(q -> q.address().equals(address)).findFirst();
    }

    /**
     * Each purpose's printer in words, with a sign that is not colour alone: ✓ ready, ⚠ none chosen or not known
     * to CUPS, ✕ in trouble. No printer is a warning, never the ready green.
     */
    private void showPrinterStates() {
        printers.forEach((purpose, printer) -> {
            String address = value(printer);
            Span state = Objects.requireNonNull(printerStates.get(purpose));
            Button test = Objects.requireNonNull(testPages.get(purpose));
            test.setEnabled(!address.isBlank() && StandRules.printer(address) == null);
            String level;
            String words;
            if (address.isBlank()) {
                level = "unset";
                words = "⚠ " + getTranslation("stands.printer.none", printerService.address(purpose)
                        .map(Object::toString).orElse(getTranslation("print.printer.none")));
            } else if (queue(address).isEmpty()) {
                level = "unknown";
                words = "⚠ " + getTranslation(cupsReachable ? "stands.printer.not-in-cups" : "stands.printer.unknown");
            } else {
                PrinterStatus status = queue(address).get().status();
                level = status.ready() ? "ready" : "trouble";
                words = (status.ready() ? "✓ " : "✕ ") + stateWords(status);
            }
            state.setText(words);
            state.getElement().setAttribute("data-state", level);
            printer.getParent().ifPresent(card -> {
                card.getElement().getClassList().set("printer-card--ready", level.equals("ready"));
                card.getElement().getClassList().set("printer-card--warning", level.equals("unset") || level.equals("unknown"));
                card.getElement().getClassList().set("printer-card--trouble", level.equals("trouble"));
                card.getElement().setAttribute("data-state", level);
            });
        });
    }

    String stateWords(PrinterStatus status) {
        List<String> reasons = status.reasons().stream().map(this::reasonWords).distinct().toList();
        String why = !reasons.isEmpty() ? String.join(", ", reasons) : status.message();
        String state = !status.accepting() ? getTranslation("print.printer.not-accepting")
                : status.state() == 5 ? getTranslation("print.printer.stopped")
                : getTranslation(status.state() == 4 ? "print.printer.printing" : "print.printer.ready");
        return why.isBlank() ? state : state + ": " + why;
    }

    /** IPP's printer-state-reasons in plain words; one we have no words for is shown as CUPS says it. */
    private String reasonWords(String reason) {
        String base = reason.replaceAll("-(error|warning|report)$", "");
        return switch (base) {
            case "media-empty", "media-needed", "media-jam", "paused", "offline", "toner-empty", "toner-low",
                    "marker-supply-empty", "marker-supply-low", "cover-open", "door-open", "connecting-to-device",
                    "other" -> getTranslation("stands.reason." + base);
            default -> reason;
        };
    }

    private void printTestPage(PrinterPurpose purpose) {
        String address = value(printerField(purpose));
        if (address.isBlank() || StandRules.printer(address) != null) {
            return;
        }
        String standName = name.getValue().isBlank() ? getTranslation("stands.form.new") : name.getValue().strip();
        String purposeName = getTranslation("print.printer." + purpose.name());
        setup.printTestPage(standName, purpose, address, getTranslation("stands.test-page.heading", standName, purposeName),
                getTranslation("stands.test-page.details", address,
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                                .format(clock.instant().atZone(clock.getZone()))));
        message.setText(getTranslation("stands.printer.test.done", purposeName));
    }

    private void invalid(com.vaadin.flow.component.HasValidation field, String text, List<String> problems) {
        field.setErrorMessage(text);
        field.setInvalid(true);
        problems.add(text);
    }

    private void clearInvalid() {
        name.setInvalid(false);
        idleTimeout.setInvalid(false);
        attract.values().forEach(t -> t.setInvalid(false));
        printers.values().forEach(p -> p.setInvalid(false));
    }

    TextArea attractField(String language) {
        return Objects.requireNonNull(attract.get(language));
    }

    private ComboBox<String> printerField(PrinterPurpose purpose) {
        return Objects.requireNonNull(printers.get(purpose));
    }

    private static String value(ComboBox<String> printer) {
        return printer.getValue() == null ? "" : printer.getValue().strip();
    }
}
