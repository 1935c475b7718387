package fi.pyykkinaru.clothesline.ui;

import static fi.pyykkinaru.clothesline.SlipRules.*;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.pyykkinaru.clothesline.FieldProblem;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipField;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.text.PlainText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The slip a visitor fills in: the fields of its line's kind, each with its problem shown next to it. Nothing
 * typed is ever cleared by a problem; control characters are the one thing taken out, and the visitor is told.
 */
class SlipForm extends Div {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final TextField organisation = new TextField();
    final Button own = new Button();
    final Button other = new Button();
    final Span ownershipLabel = new Span();
    final Span ownershipError = new Span();
    final Paragraph otherNotice = new Paragraph();
    final Select<Region> region = new Select<>();
    final CheckboxGroup<Theme> themes = new CheckboxGroup<>();
    final TextField ownerContact = new TextField();
    final H2 reporterHeading = new H2();
    final TextField reporterName = new TextField();
    final TextField reporterEmail = new TextField();
    final Checkbox consent = new Checkbox();
    final Span consentError = new Span();
    final Paragraph lineError = new Paragraph();
    /** What is already on the line under the name typed; filled by the view, which can search. */
    final AlreadyHere alreadyHere;
    /** The catalogue entry this report is of, when the visitor chose one from {@link #alreadyHere}. */
    final Div linked = new Div();
    final Span linkedText = new Span();
    final Button unlink = new Button();
    private @Nullable Long linkedEntryId;
    private final Map<TextFieldBase<?, String>, Integer> limits = new java.util.LinkedHashMap<>();
    private final LineKind kind;
    private final boolean themed;
    private @Nullable Ownership ownership;
    private List<FieldProblem> problems = List.of();

    /** {@code themed}: a question line that also asks for the event's themes. */
    SlipForm(LineKind kind, boolean themed, List<Theme> eventThemes, List<Region> eventRegions,
            java.util.function.Consumer<fi.pyykkinaru.clothesline.PracticeSearch.Found> onAlreadyHere) {
        this.kind = kind;
        this.alreadyHere = new AlreadyHere(onAlreadyHere);
        this.themed = themed && kind == LineKind.ANSWER;
        setId("slip-form");
        addClassNames("slip-form", "slip-form--" + kind.name().toLowerCase());

        limited(title, "slip-title", TITLE_MAX);
        limited(body, "slip-body", BODY_MAX);
        limited(organisation, "slip-organisation", ORGANISATION_MAX);
        limited(ownerContact, "slip-owner-contact", OWNER_CONTACT_MAX);
        limited(reporterName, "slip-reporter-name", REPORTER_NAME_MAX);
        limited(reporterEmail, "slip-reporter-email", REPORTER_EMAIL_MAX);
        reporterName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        reporterEmail.getElement().setAttribute("inputmode", "email");
        reporterEmail.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        own.setId("slip-own");
        other.setId("slip-other");
        for (Button choice : List.of(own, other)) {
            choice.addClassName("choice");
            choice.getElement().setAttribute("role", "radio");
            choice.getElement().setAttribute("aria-checked", "false");
        }
        own.addClickListener(e -> choose(Ownership.OWN));
        other.addClickListener(e -> choose(Ownership.OTHER));
        ownershipLabel.setId("slip-ownership-label");
        ownershipLabel.addClassName("field-label");
        ownershipError.setId("slip-ownership-error");
        ownershipError.addClassName("field-error");
        Div choices = new Div(own, other);
        choices.addClassName("choices");
        choices.getElement().setAttribute("role", "radiogroup");
        choices.getElement().setAttribute("aria-labelledby", "slip-ownership-label");
        // Radios answer the arrows: the next one is focused and chosen, as in any radio group.
        choices.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
                  const radios = [...this.querySelectorAll('[role=radio]')];
                  const i = radios.indexOf(e.target.closest('[role=radio]'));
                  if (step === undefined || i < 0) return;
                  e.preventDefault();
                  const next = radios[(i + step + radios.length) % radios.length];
                  next.focus();
                  next.click();
                });""");
        Div ownershipGroup = new Div(ownershipLabel, choices, ownershipError);
        ownershipGroup.addClassName("field-group");
        otherNotice.setId("slip-other-notice");
        otherNotice.addClassName("notice");
        otherNotice.setVisible(false);

        region.setId("slip-region");
        // Only the regions the organiser chose for this event, in their order.
        region.setItems(eventRegions);
        region.setEmptySelectionAllowed(true);
        region.addClassName("field");

        themes.setId("slip-themes");
        themes.setItems(eventThemes);
        themes.addClassName("theme-chips");
        themes.setVisible(!eventThemes.isEmpty());

        consent.setId("slip-consent");
        consentError.setId("slip-consent-error");
        consentError.addClassName("field-error");
        Div reporter = new Div(reporterHeading, reporterName, reporterEmail, consent, consentError);
        reporter.addClassName("reporter");

        // The line was closed while the visitor wrote: said above the form, whose text stays.
        lineError.setId("slip-line-error");
        lineError.addClassName("field-error");
        lineError.getElement().setAttribute("role", "alert");
        lineError.setVisible(false);
        add(lineError);
        linked.setId("slip-linked-entry");
        linked.addClassName("slip-linked");
        unlink.setId("slip-unlink-entry");
        unlink.addClickListener(e -> link(null, null));
        linked.add(linkedText, unlink);
        linked.setVisible(false);
        if (kind == LineKind.PRACTICE) {
            add(column(title, alreadyHere, linked, body, organisation, ownershipGroup, otherNotice, ownerContact),
                    column(region, themes, reporter));
        } else if (this.themed) {
            add(column(title, body, region, themes));
        } else {
            add(column(title, body, region));
        }
        localize();
    }

    private static Div column(Component... parts) {
        Div column = new Div(parts);
        column.addClassName("slip-form-column");
        return column;
    }

    private void limited(TextFieldBase<?, String> field, String id, int max) {
        limits.put(field, max);
        field.setId(id);
        field.addClassName("field");
        // Room past the limit, so that an overlong paste is shown with a message instead of cut silently;
        // the browser still refuses megabytes.
        field.getElement().setProperty("maxlength", max * 2);
        // Every keystroke reaches the server at once: a visitor taps "preview" right after typing, and a
        // debounced value still on its way would be missing from the slip.
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setClearButtonVisible(false);
        field.addValueChangeListener(e -> field.setHelperText(counter(e.getValue(), max)));
    }

    private static String counter(String value, int max) {
        return value.codePointCount(0, value.length()) + " / " + max;
    }

    void localize() {
        boolean practice = kind == LineKind.PRACTICE;
        title.setLabel(getTranslation(practice ? "slip.title" : "slip.answer"));
        body.setLabel(getTranslation(practice ? "slip.body" : "slip.answer.more"));
        organisation.setLabel(getTranslation("slip.organisation"));
        ownershipLabel.setText(getTranslation("slip.whose"));
        own.setText(getTranslation("slip.own"));
        other.setText(getTranslation("slip.other"));
        otherNotice.setText(getTranslation("slip.other.notice"));
        region.setLabel(getTranslation("slip.region"));
        region.setEmptySelectionCaption(getTranslation("slip.region.none"));
        region.setItemLabelGenerator(r -> r == null ? getTranslation("slip.region.none") : getTranslation(r.labelKey()));
        themes.setLabel(getTranslation("slip.themes"));
        themes.setItemLabelGenerator(t -> t.label().in(getLocale()));
        ownerContact.setLabel(getTranslation("slip.owner-contact"));
        ownerContact.setHelperText(getTranslation("slip.owner-contact.help"));
        reporterHeading.setText(getTranslation("slip.reporter"));
        reporterName.setLabel(getTranslation("slip.reporter.name"));
        reporterEmail.setLabel(getTranslation("slip.reporter.email"));
        consent.setLabel(getTranslation("slip.consent"));
        alreadyHere.localize();
        unlink.setText(getTranslation("slip.linked.remove"));
        limits.forEach((field, max) -> field.setHelperText(counter(field.getValue(), max)));
        show(problems);
    }

    boolean typedAnything() {
        return limits.keySet().stream().anyMatch(field -> !field.getValue().isBlank());
    }

    SlipDraft draft() {
        if (kind == LineKind.ANSWER) {
            return SlipDraft.answer(title.getValue(), body.getValue(), region.getValue(), themed
                    ? themes.getValue().stream().map(Theme::code).collect(Collectors.toSet()) : java.util.Set.of());
        }
        return new SlipDraft(title.getValue(), body.getValue(), organisation.getValue(), ownership, region.getValue(),
                themes.getValue().stream().map(Theme::code).collect(Collectors.toSet()), ownerContact.getValue(),
                reporterName.getValue(), reporterEmail.getValue(), consent.getValue(), linkedEntryId);
    }

    /** The report is of this catalogue entry (null: of none); its name is shown above the rest of the form. */
    void link(@Nullable Long entryId, @Nullable String entryTitle) {
        linkedEntryId = entryId;
        linkedText.setText(entryTitle == null ? "" : getTranslation("slip.linked", entryTitle));
        linked.setVisible(entryId != null);
    }

    @Nullable Long linkedEntryId() {
        return linkedEntryId;
    }

    /** Shows each problem next to its field and clears the fields that have none. */
    void show(List<FieldProblem> found) {
        problems = found;
        Map<SlipField, FieldProblem> byField = new EnumMap<>(SlipField.class);
        found.forEach(p -> byField.putIfAbsent(p.field(), p));
        fields().forEach((field, component) -> {
            FieldProblem problem = byField.get(field);
            String message = problem == null ? "" : message(problem, component);
            if (component instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(problem != null);
            } else if (component instanceof Span span) {
                span.setText(message);
            } else if (component == lineError) {
                lineError.setText(message);
                lineError.setVisible(problem != null);
            }
        });
    }

    /** The first field with a problem, for focus. */
    Optional<Component> firstInvalid() {
        return fields().entrySet().stream().filter(e -> problems.stream().anyMatch(p -> p.field() == e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    private String message(FieldProblem problem, Component component) {
        if ("slip.error.control".equals(problem.messageKey()) && component instanceof AbstractField<?, ?>) {
            @SuppressWarnings("unchecked")
            HasValue<?, String> field = (HasValue<?, String>) component;
            field.setValue(PlainText.withoutControlCharacters(field.getValue(), component == body));
            return getTranslation("slip.error.control");
        }
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }

    private Map<SlipField, Component> fields() {
        Map<SlipField, Component> map = new EnumMap<>(SlipField.class);
        map.put(SlipField.LINE, lineError);
        map.put(SlipField.TITLE, title);
        map.put(SlipField.BODY, body);
        map.put(SlipField.ORGANISATION, organisation);
        map.put(SlipField.OWNERSHIP, ownershipError);
        map.put(SlipField.REGION, region);
        map.put(SlipField.THEMES, themes);
        map.put(SlipField.OWNER_CONTACT, ownerContact);
        map.put(SlipField.REPORTER_NAME, reporterName);
        map.put(SlipField.REPORTER_EMAIL, reporterEmail);
        map.put(SlipField.CONSENT, consentError);
        return map;
    }

    private void choose(Ownership chosen) {
        ownership = chosen;
        own.getElement().setAttribute("aria-checked", String.valueOf(chosen == Ownership.OWN));
        other.getElement().setAttribute("aria-checked", String.valueOf(chosen == Ownership.OTHER));
        otherNotice.setVisible(chosen == Ownership.OTHER);
        if (problems.stream().anyMatch(p -> p.field() == SlipField.OWNERSHIP)) {
            show(problems.stream().filter(p -> p.field() != SlipField.OWNERSHIP).toList());
        }
    }
}
