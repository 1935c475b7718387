package fi.pyykkinaru.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * Uploaded files read into memory up to a size the server holds to. The upload field's own limit is checked in
 * the browser only: a script posts any size straight to the upload's address, and the in-memory handler would read
 * all of it. Both callbacks run in the UI's lock.
 */
public final class Uploads {

    private Uploads() {
    }

    /**
     * {@code received} gets the file's name (as {@link #fileName} makes it safe) and its bytes; a file over
     * {@code maxBytes} is not read further and {@code tooBig} runs instead.
     */
    public static UploadHandler inMemory(int maxBytes, Runnable tooBig, BiConsumer<String, byte[]> received) {
        UI ui = UI.getCurrent();
        return event -> {
            if (event.getFileSize() > maxBytes) {
                event.reject();
                ui.access(tooBig::run);
                return;
            }
            byte[] bytes;
            // The declared size may be missing (chunked) or false: only what arrives counts.
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                event.reject();
                ui.access(tooBig::run);
                return;
            }
            String name = fileName(event.getFileName());
            ui.access(() -> received.accept(name, bytes));
        };
    }

    /**
     * The last part of a name a browser (or a script) says the file had: no folders (either slash), no control
     * characters (a line break would forge a line in the log), at most 255 characters.
     */
    public static String fileName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "file";
        }
        return name.codePointCount(0, name.length()) > 255 ? name.substring(0, name.offsetByCodePoints(0, 255)) : name;
    }
}
