package fi.pyykkinaru.badge.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import fi.pyykkinaru.base.ui.Uploads;
import fi.pyykkinaru.badge.PreRegistrationImport;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.UploadTexts;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The pre-registration list as a CSV file, with its help: every row imported, or none and each bad row named by
 * its line. It holds a plain {@link Upload} rather than being one, because the browserless upload tester looks
 * its methods up on the exact class.
 */
final class PreRegistrationUpload {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    final Paragraph help = new Paragraph();
    final Upload upload = new Upload();
    private final Event event;
    private final PreRegistrationImport preRegistration;
    private final Consumer<String> say;
    private final Runnable imported;

    PreRegistrationUpload(Event event, PreRegistrationImport preRegistration, Consumer<String> say, Runnable imported) {
        this.event = event;
        this.preRegistration = preRegistration;
        this.say = say;
        this.imported = imported;
        upload.setId("registrations-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> say.accept(upload.getTranslation("registrations.upload.rejected")));
        upload.setUploadHandler(Uploads.inMemory(MAX_FILE_BYTES,
                () -> say.accept(upload.getTranslation("registrations.upload.rejected")), (name, bytes) -> importFile(bytes)));
    }

    void localize() {
        help.setText(upload.getTranslation("registrations.upload.help", String.join(", ", PreRegistrationImport.COLUMNS)));
        upload.setI18n(UploadTexts.of("registrations.upload.rejected"));
    }

    private void importFile(byte[] bytes) {
        PreRegistrationImport.Result result = preRegistration.csv(event, new ByteArrayInputStream(bytes));
        upload.clearFileList();
        if (result.problems().isEmpty()) {
            say.accept(upload.getTranslation("registrations.imported", result.imported().size()));
        } else {
            say.accept(upload.getTranslation("admin.programme.not-imported") + " " + result.problems().stream()
                    .map(p -> {
                        String text = upload.getTranslation(p.messageKey(), p.args().toArray());
                        return p.line() > 0 ? upload.getTranslation("admin.programme.line", p.line(), text) : text;
                    })
                    .collect(Collectors.joining("; ")));
        }
        imported.run();
    }
}
