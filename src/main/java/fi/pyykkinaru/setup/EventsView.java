package fi.pyykkinaru.setup;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.base.ui.StaffLayout;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.EventDraft;
import fi.pyykkinaru.event.EventHoldings;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.InvalidEventException;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.staff.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Organisers' events: the list (the sample event and archived ones marked), and the chosen or new event's form
 * with its names, slug, dates, venue, time zone, languages, themes, regions, moderation and retention; below it the
 * event's privacy notice and its lines. An event is copied for next year's edition, its set-up exported and imported, and the sample
 * event removed in one action. What was typed stays on every error; a save over someone else's newer one is told,
 * with their values shown beside the typed ones.
 */
@Route(value = "staff/events", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class EventsView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    final H1 heading = new H1();
    final Div sampleNotice = new Div();
    final Paragraph sampleText = new Paragraph();
    final Button sampleRemove = new Button();
    final Button newEvent = new Button();
    final Button copy = new Button();
    final UnorderedList list = new UnorderedList();
    final H2 formHeading = new H2();
    final TextField nameFi = new TextField();
    final TextField nameSv = new TextField();
    final TextField nameEn = new TextField();
    final TextField slug = new TextField();
    final DatePicker starts = new DatePicker();
    final DatePicker ends = new DatePicker();
    final TextField venue = new TextField();
    final ComboBox<String> timeZone = new ComboBox<>();
    final CheckboxGroup<Locale> languages = new CheckboxGroup<>();
    final RadioButtonGroup<Locale> defaultLanguage = new RadioButtonGroup<>();
    final ThemesEditor themes = new ThemesEditor();
    final CheckboxGroup<Region> regions = new CheckboxGroup<>();
    final RadioButtonGroup<ModerationPolicy> moderation = new RadioButtonGroup<>();
    final IntegerField retention = new IntegerField();
    final Button save = new Button();
    final Button archive = new Button();
    final Anchor team = new Anchor();
    final Paragraph message = new Paragraph();
    final Div conflict = new Div();
    final UnorderedList newer = new UnorderedList();
    final Button keepMine = new Button();
    final Button takeNewer = new Button();
    final Div form = new Div();
    final LinesEditor lines;
    final NoticeEditor notice;
    final SetupTransfer transfer;
    // The copy dialog: made when it opens, kept for tests.
    @Nullable CopyDialog copyDialog;
    private final Paragraph conflictText = new Paragraph();
    private final Events events;
    private final AuditLog audit;
    private final Clock clock;
    /** The event the form edits; null: a new one. */
    private @Nullable Event chosen;
    /** The version the organiser's edits are based on; a save on an older one is refused. */
    private int seenVersion;
    private @Nullable Event newerSaved;
    /**
     * The form already stands blank for a new event. Tapping "new" again then keeps what was typed: the tap's round
     * trip can land after the first letters, and blanking the fields would throw them away.
     */
    private boolean blankShown;

    EventsView(Events events, AuditLog audit, LinesEditor lines, NoticeEditor notice, SetupTransfer transfer,
            Clock clock) {
        this.events = events;
        this.audit = audit;
        this.lines = lines;
        this.notice = notice;
        this.transfer = transfer;
        this.clock = clock;
        setId("events");
        addClassNames("staff", "events-view");
        sampleNotice.setId("sample-notice");
        sampleNotice.addClassName("sample-notice");
        sampleRemove.setId("sample-remove");
        sampleRemove.addClassNames("danger-outline", "big-button");
        sampleRemove.addClickListener(e -> confirmSampleRemoval());
        sampleNotice.add(sampleText, sampleRemove);
        newEvent.setId("event-new");
        newEvent.addClassName("big-button");
        newEvent.addClickListener(e -> startNew());
        copy.setId("event-copy");
        copy.addClassName("big-button");
        copy.addClickListener(e -> openCopy());
        transfer.onImported(imported -> {
            audit.record("event.import", target(imported));
            choose(imported);
            refreshList();
        });
        Div tools = new Div(newEvent, copy, transfer);
        tools.addClassName("staff-tools");
        list.setId("event-list");
        list.addClassName("event-list");
        nameFi.setId("event-name-fi");
        nameFi.setRequired(true);
        // A new event's short name follows its name until the organiser types one of their own.
        nameFi.addValueChangeListener(e -> {
            if (chosen == null && (slug.isEmpty() || slug.getValue().equals(suggestedSlug(e.getOldValue())))) {
                slug.setValue(suggestedSlug(e.getValue()));
            }
        });
        nameSv.setId("event-name-sv");
        nameEn.setId("event-name-en");
        for (TextField name : List.of(nameFi, nameSv, nameEn)) {
            name.setMaxLength(Event.MAX_NAME * 2);
        }
        slug.setId("event-slug");
        slug.setRequired(true);
        slug.setMaxLength(60);
        starts.setId("event-starts");
        starts.setRequired(true);
        ends.setId("event-ends");
        ends.setRequired(true);
        venue.setId("event-venue");
        venue.setMaxLength(Event.MAX_VENUE * 2);
        timeZone.setId("event-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setAllowCustomValue(false);
        languages.setId("event-languages");
        languages.setItems(Translations.LOCALES);
        languages.setItemLabelGenerator(this::languageName);
        languages.addValueChangeListener(e -> offerDefaults());
        defaultLanguage.setId("event-default-language");
        defaultLanguage.setItemLabelGenerator(this::languageName);
        regions.setId("event-regions");
        regions.setItems(Region.values());
        regions.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        regions.addClassName("event-regions");
        moderation.setId("event-moderation");
        moderation.setItems(ModerationPolicy.values());
        moderation.setItemLabelGenerator(p -> getTranslation("events.moderation." + p.name()));
        moderation.addClassName("event-moderation");
        retention.setId("event-retention");
        retention.setMin(0);
        retention.setMax(Event.MAX_RETENTION_DAYS);
        retention.setStepButtonsVisible(false);
        save.setId("event-save");
        save.addClassNames("big-button", "primary");
        save.addClickListener(e -> save());
        archive.setId("event-archive");
        archive.addClassName("big-button");
        archive.addClickListener(e -> toggleArchive());
        team.setId("event-team");
        team.addClassName("staff-link");
        message.setId("event-message");
        message.getElement().setAttribute("role", "status");
        conflict.setId("event-conflict");
        conflict.addClassName("event-conflict");
        conflict.getElement().setAttribute("role", "alert");
        newer.setId("event-newer");
        keepMine.setId("event-conflict-keep");
        keepMine.addClickListener(e -> keepMine());
        takeNewer.setId("event-conflict-take");
        takeNewer.addClickListener(e -> takeNewer());
        Div conflictActions = new Div(keepMine, takeNewer);
        conflictActions.addClassName("row-actions");
        conflict.add(conflictText, newer, conflictActions);
        conflict.setVisible(false);
        for (HasValidation field : List.of(nameFi, nameSv, nameEn, slug, starts, ends, venue, timeZone, languages,
                regions, retention)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) field).addValueChangeListener(e -> field.setInvalid(false));
        }
        Div names = group("event-names", nameFi, nameSv, nameEn);
        Div identity = group("event-identity", slug, starts, ends, venue, timeZone);
        Div language = group("event-language", languages, defaultLanguage);
        Div rules = group("event-rules", moderation, retention);
        Div actions = new Div(save, archive, team);
        actions.addClassName("staff-tools");
        form.setId("event-form");
        form.addClassName("event-form");
        form.add(formHeading, conflict, names, identity, language, themes, regions, rules, message, actions, notice, lines);
        Div columns = new Div(list, form);
        columns.addClassName("events-columns");
        add(heading, sampleNotice, tools, columns);
    }

    private static Div group(String id, com.vaadin.flow.component.Component... fields) {
        Div group = new Div(fields);
        group.setId(id);
        group.addClassName("event-fields");
        return group;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        Optional<Event> asked = navigation.getLocation().getQueryParameters().getSingleParameter("event")
                .flatMap(events::bySlug);
        refreshList();
        asked.or(() -> chosen == null ? events.current() : Optional.of(chosen))
                .ifPresentOrElse(this::choose, this::startNew);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("events.title"));
        sampleText.setText(getTranslation("events.sample.text"));
        sampleRemove.setText(getTranslation("events.sample.remove"));
        newEvent.setText(getTranslation("events.new"));
        copy.setText(getTranslation("events.copy"));
        nameFi.setLabel(getTranslation("events.name-fi"));
        nameSv.setLabel(getTranslation("events.name-sv"));
        nameEn.setLabel(getTranslation("events.name-en"));
        nameSv.setHelperText(getTranslation("events.name.help"));
        nameEn.setHelperText(getTranslation("events.name.help"));
        slug.setLabel(getTranslation("events.slug"));
        slug.setHelperText(getTranslation("events.slug.help"));
        starts.setLabel(getTranslation("events.starts"));
        ends.setLabel(getTranslation("events.ends"));
        venue.setLabel(getTranslation("events.venue"));
        timeZone.setLabel(getTranslation("events.time-zone"));
        languages.setLabel(getTranslation("events.languages"));
        defaultLanguage.setLabel(getTranslation("events.default-language"));
        regions.setLabel(getTranslation("events.regions"));
        moderation.setLabel(getTranslation("events.moderation"));
        retention.setLabel(getTranslation("events.retention"));
        retention.setHelperText(getTranslation("events.retention.help", Event.MAX_RETENTION_DAYS));
        save.setText(getTranslation("events.save"));
        team.setText(getTranslation("events.team"));
        conflictText.setText(getTranslation("events.conflict.text"));
        keepMine.setText(getTranslation("events.conflict.keep"));
        takeNewer.setText(getTranslation("events.conflict.take"));
        themes.localize();
        languages.setItemLabelGenerator(this::languageName);
        defaultLanguage.setItemLabelGenerator(this::languageName);
        regions.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        moderation.setItemLabelGenerator(p -> getTranslation("events.moderation." + p.name()));
        showChosen();
        refreshList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.title");
    }

    private String languageName(Locale locale) {
        return getTranslation("events.language." + locale.getLanguage());
    }

    /** The default language is one of the chosen ones; Finnish unless it is not among them. */
    private void offerDefaults() {
        Locale current = defaultLanguage.getValue();
        List<Locale> chosenLanguages = Translations.LOCALES.stream().filter(languages.getValue()::contains).toList();
        defaultLanguage.setItems(chosenLanguages);
        if (current != null && chosenLanguages.contains(current)) {
            defaultLanguage.setValue(current);
        } else if (!chosenLanguages.isEmpty()) {
            defaultLanguage.setValue(chosenLanguages.getFirst());
        }
    }

    private void refreshList() {
        list.removeAll();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        for (Event event : events.all()) {
            Button item = new Button();
            item.setId("event-item-" + event.slug());
            item.addClassName("event-item");
            Span name = new Span(event.name(getLocale()));
            name.addClassName("event-item-name");
            Span dates = new Span(date.format(event.startsOn()) + "–" + date.format(event.endsOn()));
            dates.addClassName("event-item-dates");
            item.getElement().appendChild(name.getElement(), dates.getElement());
            if (event.sample()) {
                item.getElement().appendChild(mark("events.mark.sample", "mark-sample").getElement());
            }
            if (event.archived()) {
                item.getElement().appendChild(mark("events.mark.archived", "mark-archived").getElement());
            }
            boolean isChosen = chosen != null && Objects.equals(chosen.id(), event.id());
            item.getElement().setAttribute("aria-current", isChosen ? "true" : "false");
            item.addClickListener(e -> UI.getCurrent().navigate(EventsView.class,
                    QueryParameters.of("event", event.slug())));
            list.add(new ListItem(item));
        }
        Optional<Event> sample = events.sample();
        sampleNotice.setVisible(sample.isPresent());
    }

    private Span mark(String key, String className) {
        Span mark = new Span(getTranslation(key));
        mark.addClassNames("event-mark", className);
        return mark;
    }

    private void choose(Event event) {
        blankShown = false;
        chosen = event;
        seenVersion = event.version();
        newerSaved = null;
        conflict.setVisible(false);
        message.setText("");
        fill(event.draft());
        showChosen();
        lines.show(event);
        lines.setVisible(true);
        notice.show(event);
        notice.setVisible(true);
        transfer.show(event);
    }

    private void startNew() {
        if (chosen == null && blankShown) {
            nameFi.focus();
            return;
        }
        blankShown = true;
        chosen = null;
        seenVersion = 0;
        newerSaved = null;
        conflict.setVisible(false);
        message.setText("");
        LocalDate today = LocalDate.now(clock);
        fill(new EventDraft("", "", null, null, today, today, null, Event.DEFAULT_TIME_ZONE, Translations.LOCALES,
                ModerationPolicy.FILTER, List.of(), List.of(Region.values()), null));
        showChosen();
        lines.setVisible(false);
        notice.setVisible(false);
        transfer.show(null);
        nameFi.focus();
    }

    private void showChosen() {
        formHeading.setText(chosen == null ? getTranslation("events.form.new")
                : getTranslation("events.form.edit", chosen.name(getLocale())));
        copy.setEnabled(chosen != null);
        archive.setVisible(chosen != null);
        team.setVisible(chosen != null);
        if (chosen != null) {
            archive.setText(getTranslation(chosen.archived() ? "events.unarchive" : "events.archive"));
            team.setHref("harvest?event=" + chosen.slug() + "#harvest-team");
        }
    }

    private void fill(EventDraft draft) {
        nameFi.setValue(draft.nameFi());
        nameSv.setValue(Objects.requireNonNullElse(draft.nameSv(), ""));
        nameEn.setValue(Objects.requireNonNullElse(draft.nameEn(), ""));
        slug.setValue(draft.slug());
        starts.setValue(draft.startsOn());
        ends.setValue(draft.endsOn());
        venue.setValue(Objects.requireNonNullElse(draft.venue(), ""));
        timeZone.setValue(draft.timeZone());
        languages.setValue(new java.util.LinkedHashSet<>(draft.languages()));
        offerDefaults();
        if (!draft.languages().isEmpty()) {
            defaultLanguage.setValue(draft.languages().getFirst());
        }
        themes.show(draft.themes());
        themes.localize();
        regions.setValue(new java.util.LinkedHashSet<>(draft.regions()));
        moderation.setValue(draft.moderation());
        retention.setValue(draft.retentionDays());
        for (HasValidation field : fields().values()) {
            field.setInvalid(false);
        }
    }

    /** The form as typed; problems of theme rows that cannot be themes yet are added to {@code problems}. */
    private EventDraft typed(List<EventDraft.Problem> problems) {
        Locale first = defaultLanguage.getValue();
        List<Locale> ordered = new ArrayList<>();
        if (first != null && languages.getValue().contains(first)) {
            ordered.add(first);
        }
        Translations.LOCALES.stream().filter(languages.getValue()::contains).filter(l -> !ordered.contains(l))
                .forEach(ordered::add);
        List<Region> inOrder = java.util.Arrays.stream(Region.values()).filter(regions.getValue()::contains).toList();
        if (retention.isInvalid() && retention.getValue() == null && !retention.isEmpty()) {
            problems.add(new EventDraft.Problem("retentionDays", "event.error.retention", List.of(Event.MAX_RETENTION_DAYS)));
        }
        return new EventDraft(slug.getValue().strip(), nameFi.getValue(), nameSv.getValue(), nameEn.getValue(),
                starts.getValue(), ends.getValue(), venue.getValue(),
                Objects.requireNonNullElse(timeZone.getValue(), ""), ordered,
                Objects.requireNonNullElse(moderation.getValue(), ModerationPolicy.FILTER), themes.themes(problems),
                inOrder, retention.getValue());
    }

    private void save() {
        List<EventDraft.Problem> problems = new ArrayList<>();
        EventDraft draft = typed(problems);
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        try {
            Event saved;
            if (chosen == null) {
                saved = events.create(draft);
                audit.record("event.create", target(saved));
                message.setText(getTranslation("events.created", saved.name(getLocale())));
            } else {
                saved = events.update(chosen.requireId(), seenVersion, draft);
                audit.record("event.update", target(saved));
                message.setText(getTranslation("events.saved", saved.name(getLocale())));
            }
            String done = message.getText();
            choose(saved);
            message.setText(done);
            refreshList();
        } catch (InvalidEventException invalid) {
            show(invalid.problems());
        } catch (OptimisticLockingFailureException stale) {
            showConflict();
        }
    }

    private void show(List<EventDraft.Problem> problems) {
        Map<String, HasValidation> fields = fields();
        List<String> unplaced = new ArrayList<>();
        for (EventDraft.Problem problem : problems) {
            String text = getTranslation(problem.key(), problem.args().toArray());
            Optional<? extends HasValidation> field = Optional.ofNullable(fields.get(problem.field()))
                    .or(() -> themes.field(problem.field()));
            if (field.isPresent()) {
                field.get().setErrorMessage(text);
                field.get().setInvalid(true);
            } else {
                unplaced.add(text);
            }
        }
        message.setText(getTranslation("events.error.fix", problems.size())
                + (unplaced.isEmpty() ? "" : " " + String.join(" ", unplaced)));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("names/fi", nameFi);
        fields.put("names/sv", nameSv);
        fields.put("names/en", nameEn);
        fields.put("startsOn", starts);
        fields.put("endsOn", ends);
        fields.put("venue", venue);
        fields.put("timeZone", timeZone);
        fields.put("languages", languages);
        fields.put("regions", regions);
        fields.put("retentionDays", retention);
        return fields;
    }

    /** Someone saved the event meanwhile: their values beside the typed ones, which stay in the form. */
    private void showConflict() {
        Event current = chosen == null ? null : events.find(chosen.requireId()).orElse(null);
        if (current == null) {
            message.setText(getTranslation("events.gone"));
            refreshList();
            return;
        }
        newerSaved = current;
        newer.removeAll();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        newer.add(new ListItem(getTranslation("events.name-fi") + ": " + current.name()));
        if (current.nameSv() != null) {
            newer.add(new ListItem(getTranslation("events.name-sv") + ": " + current.nameSv()));
        }
        if (current.nameEn() != null) {
            newer.add(new ListItem(getTranslation("events.name-en") + ": " + current.nameEn()));
        }
        newer.add(new ListItem(getTranslation("events.slug") + ": " + current.slug()));
        newer.add(new ListItem(getTranslation("events.starts") + ": " + date.format(current.startsOn())));
        newer.add(new ListItem(getTranslation("events.ends") + ": " + date.format(current.endsOn())));
        newer.add(new ListItem(getTranslation("events.venue") + ": " + Objects.requireNonNullElse(current.venue(), "–")));
        newer.add(new ListItem(getTranslation("events.time-zone") + ": " + current.timeZone()));
        newer.add(new ListItem(getTranslation("events.languages") + ": "
                + String.join(", ", current.locales().stream().map(this::languageName).toList())));
        newer.add(new ListItem(getTranslation("events.moderation") + ": "
                + getTranslation("events.moderation." + current.moderation().name())));
        newer.add(new ListItem(getTranslation("events.retention") + ": "
                + (current.retentionDays() == null ? "–" : current.retentionDays())));
        newer.add(new ListItem(getTranslation("events.themes") + ": "
                + String.join(", ", current.themes().stream().map(t -> t.label().in(getLocale())).toList())));
        newer.add(new ListItem(getTranslation("events.regions") + ": " + current.regionList().size()));
        conflict.setVisible(true);
        message.setText(getTranslation("events.conflict.text"));
    }

    /** The organiser has seen the newer values and saves theirs over them. */
    private void keepMine() {
        if (newerSaved != null) {
            seenVersion = newerSaved.version();
            chosen = newerSaved;
        }
        conflict.setVisible(false);
        save();
    }

    private void takeNewer() {
        if (newerSaved != null) {
            choose(newerSaved);
        }
    }

    private void toggleArchive() {
        if (chosen == null) {
            return;
        }
        boolean archiving = !chosen.archived();
        Event changed = events.archive(chosen.requireId(), archiving);
        audit.record(archiving ? "event.archive" : "event.unarchive", target(changed));
        // The form keeps what was typed; only the version and the archive state move on.
        chosen = changed;
        seenVersion = changed.version();
        showChosen();
        refreshList();
        message.setText(getTranslation(archiving ? "events.archived" : "events.unarchived", changed.name(getLocale())));
    }

    private void openCopy() {
        if (chosen == null) {
            return;
        }
        Event original = chosen;
        CopyDialog dialog = new CopyDialog(original, events, copied -> {
            audit.record("event.copy", target(copied) + " from event " + original.id());
            UI.getCurrent().navigate(EventsView.class, QueryParameters.of("event", copied.slug()));
            choose(copied);
            refreshList();
            message.setText(getTranslation("events.copied", copied.name(getLocale()), original.name(getLocale())));
        });
        copyDialog = dialog;
        dialog.open();
    }

    private void confirmSampleRemoval() {
        Optional<Event> sample = events.sample();
        if (sample.isEmpty()) {
            refreshList();
            return;
        }
        Event event = sample.get();
        List<String> losing = new ArrayList<>();
        for (EventHoldings.Holding holding : events.holdings(event.requireId())) {
            losing.add(getTranslation(holding.key(), holding.count()));
        }
        new Confirmation(getTranslation("events.sample.remove.title"),
                getTranslation("events.sample.remove.text", event.name(getLocale())),
                getTranslation("events.sample.remove"), () -> removeSample(event))
                .losing(losing).irreversible().open();
    }

    private void removeSample(Event event) {
        events.remove(event.requireId());
        audit.record("event.remove", target(event));
        boolean wasChosen = chosen != null && Objects.equals(chosen.id(), event.id());
        if (wasChosen) {
            events.current().ifPresentOrElse(this::choose, this::startNew);
        }
        refreshList();
        message.setText(getTranslation("events.sample.remove.done"));
    }

    /** "Innomarkkinat 2027" → "innomarkkinat-2027": letters without their marks, anything else a dash. */
    static String suggestedSlug(String name) {
        String plain = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return plain.length() <= 60 ? plain : plain.substring(0, 60).replaceAll("-+$", "");
    }

    private static String target(Event event) {
        return "event " + event.id() + ": " + event.slug();
    }
}
