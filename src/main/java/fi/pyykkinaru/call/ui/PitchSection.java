package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.base.ui.Downloads;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.JuryScores;
import fi.pyykkinaru.call.PitchDraft;
import fi.pyykkinaru.call.PitchLetters;
import fi.pyykkinaru.call.Pitches;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.i18n.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A pitch call's pitches in the jury panel: an organiser adds one sent in some other way (and hands the pitcher their
 * private page's link), and downloads each pitcher's feedback letter, or all of them in one PDF.
 */
class PitchSection extends Div {

    final TextField title = new TextField();
    final TextField name = new TextField();
    final TextField organisation = new TextField();
    final EmailField email = new EmailField();
    final Select<Locale> language = new Select<>();
    final Button add = new Button();
    final Div list = new Div();
    final JuryLinkBox link;
    private final Pitches pitches;
    private final JuryScores scores;
    private final PitchLetters letters;
    private final Call call;
    private final Function<String, String> pitcherPage;
    private final Runnable changed;

    /** {@code pitcherPage} makes the address of a pitcher's private page from its secret. */
    PitchSection(Pitches pitches, JuryScores scores, PitchLetters letters, JuryLinkBox link, Call call,
            Function<String, String> pitcherPage, Runnable changed) {
        this.pitches = pitches;
        this.scores = scores;
        this.letters = letters;
        this.link = link;
        this.call = call;
        this.pitcherPage = pitcherPage;
        this.changed = changed;
        addClassName("pitch-section");
        title.setId("pitch-title");
        title.setLabel(getTranslation("call.jury.pitch.title"));
        title.setMaxLength(Proposal.MAX_TITLE);
        name.setId("pitch-name");
        name.setLabel(getTranslation("call.jury.pitch.name"));
        name.setMaxLength(PitchDraft.MAX_NAME);
        organisation.setId("pitch-organisation");
        organisation.setLabel(getTranslation("call.jury.pitch.organisation"));
        organisation.setMaxLength(PitchDraft.MAX_NAME);
        email.setId("pitch-email");
        email.setLabel(getTranslation("call.jury.pitch.email"));
        language.setId("pitch-language");
        language.setLabel(getTranslation("call.jury.pitch.language"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(Translations.supported(getLocale()));
        add.setId("pitch-add");
        add.setText(getTranslation("call.jury.pitch.add"));
        add.addClassName("primary");
        add.addClickListener(e -> addPitch());
        Div form = new Div(title, name, organisation, email, language, add);
        form.addClassName("jury-form");
        list.addClassName("jury-list");
        add(new H3(getTranslation("call.jury.pitches.title")), form, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<Proposal> all = pitches.of(call.requireId());
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("call.jury.pitches.none")));
            return;
        }
        for (Proposal pitch : all) {
            list.add(row(pitch));
        }
        var every = Downloads.link("pitch-letters", () -> "pitch-letters-" + call.requireId() + ".pdf",
                "application/pdf", () -> letters.letters(call));
        every.setText(getTranslation("call.jury.pitch.letters"));
        list.add(every);
    }

    private Div row(Proposal pitch) {
        Span heading = new Span(Objects.requireNonNullElse(pitch.title(), ""));
        heading.addClassName("jury-row-name");
        String who = Objects.requireNonNullElse(pitch.responsibleName(), "")
                + (pitch.responsibleOrganisation() == null ? "" : " · " + pitch.responsibleOrganisation());
        Span reviews = new Span(getTranslation("call.jury.pitch.reviews", scores.ofPitch(pitch.requireId()).size()));
        var letter = Downloads.link("pitch-letter-" + pitch.requireId(), () -> "pitch-" + pitch.requireId() + ".pdf",
                "application/pdf", () -> letters.letter(pitch));
        letter.setText(getTranslation("call.jury.pitch.letter"));
        Div row = new Div(heading, new Span(who), reviews, letter);
        row.setId("pitch-" + pitch.requireId());
        row.addClassName("jury-row");
        return row;
    }

    private void addPitch() {
        PitchDraft draft = new PitchDraft(title.getValue(), name.getValue(), organisation.getValue(),
                email.getValue(), Objects.requireNonNullElse(language.getValue(), Translations.FINNISH).getLanguage());
        Map<String, String> problems = draft.problems();
        show(title, problems.get("title"));
        show(name, problems.get("name"));
        show(organisation, problems.get("organisation"));
        email.setInvalid(problems.containsKey("email"));
        email.setErrorMessage(problems.containsKey("email") ? getTranslation(problems.get("email")) : null);
        if (!problems.isEmpty()) {
            return;
        }
        Pitches.AddedPitch added = pitches.add(call, draft);
        link.show(getTranslation("call.jury.link.pitch", draft.title()), pitcherPage.apply(added.secret()));
        title.clear();
        name.clear();
        organisation.clear();
        email.clear();
        refresh();
        changed.run();
    }

    private void show(TextField field, @Nullable String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem == null ? null : getTranslation(problem));
    }
}
