package fi.pyykkinaru.setup;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.notice.InvalidNoticeException;
import fi.pyykkinaru.notice.NoticeSettings;
import fi.pyykkinaru.notice.PrivacyNotices;
import fi.pyykkinaru.staff.AuditLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The event's privacy notice for organisers (GDPR art. 13): the controller, the contact for questions and requests,
 * and the purposes in each language. A field left blank shows the default, which each field's helper quotes; the
 * retention is the event's own. What was typed stays on every error, and on a save over another organiser's.
 */
@SpringComponent
@Scope("prototype")
public class NoticeEditor extends Div implements LocaleChangeObserver {

    final H2 heading = new H2();
    final Paragraph intro = new Paragraph();
    final TextField controller = new TextField();
    final TextField contact = new TextField();
    final TextArea purposesFi = new TextArea();
    final TextArea purposesSv = new TextArea();
    final TextArea purposesEn = new TextArea();
    final Button save = new Button();
    final Anchor preview = new Anchor();
    final Paragraph status = new Paragraph();
    private final PrivacyNotices notices;
    private final AuditLog audit;
    private @Nullable Event event;
    /** The version the organiser's typing is based on. */
    private int seenVersion;

    NoticeEditor(PrivacyNotices notices, AuditLog audit) {
        this.notices = notices;
        this.audit = audit;
        setId("notice-editor");
        addClassName("notice-editor");
        controller.setId("notice-controller");
        controller.setMaxLength(NoticeSettings.MAX_LINE * 2);
        contact.setId("notice-contact");
        contact.setMaxLength(NoticeSettings.MAX_LINE * 2);
        purposesFi.setId("notice-purposes-fi");
        purposesSv.setId("notice-purposes-sv");
        purposesEn.setId("notice-purposes-en");
        for (TextArea purposes : List.of(purposesFi, purposesSv, purposesEn)) {
            purposes.setMaxLength(NoticeSettings.MAX_PURPOSES * 2);
            purposes.addClassName("notice-purposes");
        }
        for (HasValidation field : fields().values()) {
            ((com.vaadin.flow.component.HasValue<?, ?>) field).addValueChangeListener(e -> field.setInvalid(false));
        }
        save.setId("notice-save");
        save.addClassNames("big-button", "primary");
        save.addClickListener(e -> save());
        preview.setId("notice-preview");
        preview.addClassName("staff-link");
        preview.setTarget("_blank");
        status.setId("notice-status");
        status.getElement().setAttribute("role", "status");
        Div fields = new Div(controller, contact, purposesFi, purposesSv, purposesEn);
        fields.addClassName("event-fields");
        Div actions = new Div(save, preview);
        actions.addClassName("staff-tools");
        add(heading, intro, fields, status, actions);
    }

    /** The event's notice as saved; what was typed for another event goes. */
    public void show(Event shown) {
        event = shown;
        NoticeSettings saved = notices.settings(shown.requireId());
        fill(saved);
        status.setText("");
        localize();
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        localize();
    }

    private void localize() {
        heading.setText(getTranslation("notice.editor.title"));
        intro.setText(getTranslation("notice.editor.intro"));
        controller.setLabel(getTranslation("notice.editor.controller"));
        contact.setLabel(getTranslation("notice.editor.contact"));
        purposesFi.setLabel(getTranslation("notice.editor.purposes-fi"));
        purposesSv.setLabel(getTranslation("notice.editor.purposes-sv"));
        purposesEn.setLabel(getTranslation("notice.editor.purposes-en"));
        save.setText(getTranslation("notice.editor.save"));
        preview.setText(getTranslation("notice.editor.preview"));
        Event shown = event;
        if (shown == null) {
            return;
        }
        preview.setHref("/privacy/" + shown.slug() + "?lang=" + getLocale().getLanguage());
        // Each field's helper quotes the default it stands for when left blank, in the organiser's language.
        controller.setHelperText(getTranslation("notice.editor.default",
                getTranslation("notice.controller.default", shown.name(getLocale()))));
        contact.setHelperText(getTranslation("notice.editor.default", getTranslation("notice.contact.default")));
        for (TextArea purposes : List.of(purposesFi, purposesSv, purposesEn)) {
            purposes.setHelperText(getTranslation("notice.editor.purposes.help"));
        }
        purposesFi.setPlaceholder(defaultPurposes(Translations.FINNISH));
        purposesSv.setPlaceholder(defaultPurposes(Translations.SWEDISH));
        purposesEn.setPlaceholder(defaultPurposes(Translations.ENGLISH));
    }

    private String defaultPurposes(Locale locale) {
        return getTranslation(locale, "notice.purposes.default");
    }

    private void fill(NoticeSettings settings) {
        seenVersion = settings.version();
        controller.setValue(Objects.requireNonNullElse(settings.controller(), ""));
        contact.setValue(Objects.requireNonNullElse(settings.contact(), ""));
        purposesFi.setValue(Objects.requireNonNullElse(settings.purposesFi(), ""));
        purposesSv.setValue(Objects.requireNonNullElse(settings.purposesSv(), ""));
        purposesEn.setValue(Objects.requireNonNullElse(settings.purposesEn(), ""));
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void save() {
        Event shown = event;
        if (shown == null) {
            return;
        }
        NoticeSettings typed = new NoticeSettings(shown.requireId(), controller.getValue(), contact.getValue(),
                purposesFi.getValue(), purposesSv.getValue(), purposesEn.getValue(), seenVersion);
        try {
            NoticeSettings saved = notices.save(typed);
            seenVersion = saved.version();
            audit.record("event.notice", "event " + shown.requireId());
            status.setText(getTranslation("notice.editor.saved"));
        } catch (InvalidNoticeException invalid) {
            Map<String, HasValidation> fields = fields();
            for (NoticeSettings.Problem problem : invalid.problems()) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(problem.key(), problem.args().toArray()));
                    field.setInvalid(true);
                }
            }
            status.setText(getTranslation("notice.editor.fix"));
        } catch (OptimisticLockingFailureException stale) {
            // Saving again replaces theirs: the organiser has been told and keeps what they typed.
            seenVersion = notices.settings(shown.requireId()).version();
            status.setText(getTranslation("notice.editor.conflict"));
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("controller", controller);
        fields.put("contact", contact);
        fields.put("purposes/fi", purposesFi);
        fields.put("purposes/sv", purposesSv);
        fields.put("purposes/en", purposesEn);
        return fields;
    }
}
