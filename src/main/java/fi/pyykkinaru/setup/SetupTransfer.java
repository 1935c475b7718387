package fi.pyykkinaru.setup;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.pyykkinaru.base.ui.Downloads;
import fi.pyykkinaru.base.ui.Uploads;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.SetupProblems.Problem;
import fi.pyykkinaru.i18n.UploadTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * An event's set-up in and out as one file: the shown event's set-up downloads as {@code <slug>-setup.json}, and a
 * file uploaded here becomes a new event, or, with any problem, changes nothing and lists every problem with its
 * place in the file.
 */
@SpringComponent
@Scope("prototype")
public class SetupTransfer extends Div implements LocaleChangeObserver {

    final H2 heading = new H2();
    final Paragraph help = new Paragraph();
    final Anchor export;
    final Upload upload = new Upload();
    final Div result = new Div();
    private final SetupFile setupFile;
    private final Lines lines;
    private final List<Consumer<Event>> listeners = new ArrayList<>();
    private @Nullable Event event;
    private @Nullable SetupImport last;

    SetupTransfer(SetupFile setupFile, Lines lines) {
        this.setupFile = setupFile;
        this.lines = lines;
        setId("setup-transfer");
        addClassName("setup-transfer");
        export = Downloads.link("event-export", () -> event == null ? "setup.json" : SetupFile.fileName(event),
                "application/json", () -> event == null ? new byte[0] : setupFile.export(event));
        enableExport(false);
        upload.setId("event-import");
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFileSize(SetupFile.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> message(getTranslation("setupfile.import.rejected")));
        upload.setUploadHandler(Uploads.inMemory(SetupFile.MAX_BYTES,
                () -> message(getTranslation("setupfile.import.rejected")), this::imported));
        result.setId("setup-result");
        result.getElement().setAttribute("role", "status");
        Div actions = new Div(export);
        actions.addClassName("row-actions");
        add(heading, help, actions, upload, result);
    }

    /** The event whose set-up the export button downloads; none: the button is disabled. */
    public void show(@Nullable Event event) {
        this.event = event;
        enableExport(event != null);
        localizeExport();
    }

    /**
     * A link cannot be disabled in HTML: aria-disabled tells assistive technology (and axe's contrast rule) that
     * this one is inactive until an event is chosen.
     */
    private void enableExport(boolean enabled) {
        export.setEnabled(enabled);
        export.getElement().setAttribute("aria-disabled", String.valueOf(!enabled));
    }

    /** Called with the event a file created, after it is saved. */
    public void onImported(Consumer<Event> listener) {
        listeners.add(listener);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("setupfile.title"));
        help.setText(getTranslation("setupfile.help"));
        upload.setI18n(UploadTexts.of("setupfile.import.rejected"));
        localizeExport();
        if (last != null) {
            showResult(last);
        }
    }

    private void localizeExport() {
        export.setText(event == null ? getTranslation("setupfile.export.none")
                : getTranslation("setupfile.export", SetupFile.fileName(event)));
    }

    void imported(String fileName, byte[] bytes) {
        SetupImport done = setupFile.importFile(bytes, fileName);
        upload.clearFileList();
        last = done;
        showResult(done);
        done.created().ifPresent(created -> listeners.forEach(l -> l.accept(created)));
    }

    private void showResult(SetupImport done) {
        result.removeAll();
        done.created().ifPresentOrElse(created -> {
            Paragraph made = new Paragraph(getTranslation("setupfile.import.done", created.name(), created.slug(),
                    lines.active(created.requireId()).size()));
            made.setId("setup-created");
            result.add(made);
        }, () -> {
            result.add(new Paragraph(getTranslation("setupfile.import.refused", done.problems().size())));
            UnorderedList problems = new UnorderedList();
            problems.setId("setup-problems");
            for (Problem problem : done.problems()) {
                String place = problem.pointer().isEmpty() ? getTranslation("setupfile.problem.whole-file") : problem.pointer();
                ListItem item = new ListItem(getTranslation("setupfile.problem.at", place,
                        getTranslation(problem.key(), problem.args().toArray())));
                item.getElement().setAttribute("data-pointer", problem.pointer());
                problems.add(item);
            }
            result.add(problems);
        });
    }

    private void message(String text) {
        last = null;
        result.removeAll();
        result.add(new Paragraph(text));
    }
}
