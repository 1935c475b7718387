package fi.pyykkinaru.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Links that make a file when followed, not before: exports and PDFs are drawn on demand. */
public final class Downloads {

    private Downloads() {
    }

    public static Anchor link(String id, Supplier<String> fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), contentType, bytes.length);
        }), "");
        anchor.setId(id);
        anchor.addClassName("staff-link");
        anchor.setTarget("_blank");
        return anchor;
    }
}
