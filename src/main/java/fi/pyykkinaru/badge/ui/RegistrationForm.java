package fi.pyykkinaru.badge.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationProblem;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registration fields, shared by the kiosk and the staff console: what a badge needs, the optional details,
 * and each problem shown at its field without losing what was typed.
 */
class RegistrationForm extends Div implements LocaleChangeObserver {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en", "se", "ru", "et");

    final TextField name = new TextField();
    final TextField organisation = new TextField();
    final Select<OrganisationType> organisationType = new Select<>();
    final Select<Region> region = new Select<>();
    final Span languagesLabel = new Span();
    final Map<String, Button> languages = new LinkedHashMap<>();
    final EmailField email = new EmailField();
    final Checkbox consent = new Checkbox();
    final Paragraph problems = new Paragraph();

    RegistrationForm(Locale visitorLanguage, List<Region> eventRegions) {
        addClassName("register-fields");
        name.setId("register-name");
        name.setRequiredIndicatorVisible(true);
        name.getElement().setProperty("maxlength", RegistrationDraft.NAME_MAX * 2);
        name.setAutocomplete(Autocomplete.OFF);
        organisation.setId("register-organisation");
        organisation.getElement().setProperty("maxlength", RegistrationDraft.ORGANISATION_MAX * 2);
        organisationType.setId("register-organisation-type");
        organisationType.setItems(OrganisationType.values());
        organisationType.setEmptySelectionAllowed(true);
        region.setId("register-region");
        // Only the regions the organiser chose for this event, in their order.
        region.setItems(eventRegions);
        region.setEmptySelectionAllowed(true);
        Div languageChoices = new Div();
        languageChoices.addClassName("choices");
        languageChoices.getElement().setAttribute("role", "group");
        for (String code : LANGUAGES) {
            Locale locale = Locale.of(code);
            Button language = new Button(locale.getDisplayLanguage(locale), e -> toggle(code));
            language.setId("register-lang-" + code);
            language.addClassName("choice");
            language.getElement().setAttribute("lang", code);
            language.getElement().setAttribute("aria-pressed", "false");
            languages.put(code, language);
            languageChoices.add(language);
        }
        Div languageField = new Div(languagesLabel, languageChoices);
        languageField.addClassName("register-languages");
        email.setId("register-email");
        email.getElement().setProperty("maxlength", RegistrationDraft.EMAIL_MAX);
        consent.setId("register-consent");
        problems.setId("register-problems");
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        add(name, organisation, organisationType, region, languageField, email, consent, problems);
        toggle(visitorLanguage.getLanguage());
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        name.setLabel(getTranslation("register.name"));
        organisation.setLabel(getTranslation("register.organisation"));
        organisationType.setLabel(getTranslation("feedback.organisation-type"));
        organisationType.setEmptySelectionCaption(getTranslation("slip.region.none"));
        organisationType.setItemLabelGenerator(t -> t == null ? getTranslation("slip.region.none")
                : getTranslation("organisation-type." + t.name()));
        region.setLabel(getTranslation("slip.region"));
        region.setEmptySelectionCaption(getTranslation("slip.region.none"));
        region.setItemLabelGenerator(r -> r == null ? getTranslation("slip.region.none") : getTranslation(r.labelKey()));
        languagesLabel.setText(getTranslation("register.languages"));
        email.setLabel(getTranslation("register.email"));
        email.setHelperText(getTranslation("register.email.help"));
        consent.setLabel(getTranslation("register.consent"));
    }

    RegistrationDraft draft() {
        return new RegistrationDraft(name.getValue(), organisation.getValue(), organisationType.getValue(),
                region.getValue(), chosenLanguages(), email.getValue(), consent.getValue());
    }

    void showProblems(List<RegistrationProblem> found) {
        clearProblems();
        StringBuilder summary = new StringBuilder();
        for (RegistrationProblem problem : found) {
            String text = getTranslation(problem.messageKey(), problem.args().toArray());
            switch (problem.field()) {
                case NAME -> invalid(name, text);
                case ORGANISATION -> invalid(organisation, text);
                case EMAIL -> invalid(email, text);
                default -> summary.append(text).append(' ');
            }
        }
        consent.getElement().setAttribute("invalid", found.stream().anyMatch(p -> p.field().name().equals("CONSENT")));
        problems.setText(summary.isEmpty() ? getTranslation("register.error.check") : summary.toString().strip());
    }

    void clearProblems() {
        for (HasValidation field : List.of(name, organisation, email)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        consent.getElement().removeAttribute("invalid");
        problems.setText("");
    }

    private void toggle(String code) {
        Button button = languages.get(code);
        if (button != null) {
            boolean on = !"true".equals(button.getElement().getAttribute("aria-pressed"));
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        }
    }

    private List<String> chosenLanguages() {
        return languages.entrySet().stream().filter(e -> "true".equals(e.getValue().getElement().getAttribute("aria-pressed")))
                .map(Map.Entry::getKey).toList();
    }

    private static void invalid(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}
