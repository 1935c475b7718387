package fi.pyykkinaru.i18n;

import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;

/** The upload field's own texts (button, drop zone, refusals) in the visitor's language; Vaadin's are English. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** {@code rejectedKey} names the message for a file of the wrong type or size. */
    public static UploadI18N of(String rejectedKey) {
        String rejected = I18NProvider.translate(rejectedKey);
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(I18NProvider.translate("admin.programme.upload"))
                        .setMany(I18NProvider.translate("admin.programme.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(I18NProvider.translate("admin.programme.drop"))
                        .setMany(I18NProvider.translate("admin.programme.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(rejected).setFileIsTooBig(rejected)
                        .setIncorrectFileType(rejected));
    }
}
