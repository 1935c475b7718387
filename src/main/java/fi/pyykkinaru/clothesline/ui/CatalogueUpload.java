package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import fi.pyykkinaru.base.ui.Uploads;
import fi.pyykkinaru.clothesline.CatalogueImport;
import fi.pyykkinaru.clothesline.CatalogueProblem;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.i18n.UploadTexts;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The import control and what it says afterwards: how many entries came in new and how many were updated, then
 * each row left out by its row number with every reason, so that the organiser fixes those rows in their file and
 * imports it again (the rows already in are updated, not doubled). Holds a plain {@link Upload}, as the
 * pre-registration upload does, for the browserless upload tester.
 */
final class CatalogueUpload {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    final Upload upload = new Upload();
    final Div result = new Div();
    final Paragraph summary = new Paragraph();
    final UnorderedList rows = new UnorderedList();
    private final CatalogueImport importer;
    private final Supplier<@Nullable Line> line;
    private final Runnable imported;

    CatalogueUpload(CatalogueImport importer, Supplier<@Nullable Line> line, Runnable imported) {
        this.importer = importer;
        this.line = line;
        this.imported = imported;
        upload.setId("catalogue-import");
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> say(upload.getTranslation("catalogue.import.rejected"), List.of(), true));
        upload.setUploadHandler(Uploads.inMemory(MAX_FILE_BYTES,
                () -> say(upload.getTranslation("catalogue.import.rejected"), List.of(), true), (name, bytes) -> importFile(bytes)));
        result.setId("catalogue-import-result");
        result.addClassName("catalogue-import-result");
        result.getElement().setAttribute("role", "status");
        summary.setId("catalogue-import-summary");
        rows.setId("catalogue-import-problems");
        result.add(summary, rows);
        result.setVisible(false);
    }

    void localize() {
        upload.setI18n(UploadTexts.of("catalogue.import.rejected"));
    }

    private void importFile(byte[] bytes) {
        upload.clearFileList();
        Line target = line.get();
        if (target == null) {
            return;
        }
        CatalogueImport.Result done = importer.importFile(target, bytes);
        if (done.fileProblem() != null) {
            say(upload.getTranslation(done.fileProblem(), done.fileProblemArgs().toArray()), List.of(), true);
            return;
        }
        Map<Integer, List<CatalogueProblem>> byRow = done.problems().stream()
                .collect(Collectors.groupingBy(CatalogueProblem::row, java.util.TreeMap::new, Collectors.toList()));
        List<String> lines = byRow.entrySet().stream().map(row -> upload.getTranslation("catalogue.import.row", row.getKey(),
                row.getValue().stream().map(p -> upload.getTranslation("catalogue.column." + p.field().column()) + ": "
                        + upload.getTranslation(p.messageKey(), p.args().toArray())).collect(Collectors.joining("; "))))
                .toList();
        String text = upload.getTranslation("catalogue.import.done", done.added(), done.updated());
        if (!lines.isEmpty()) {
            text += " " + upload.getTranslation("catalogue.import.skipped", lines.size());
        }
        say(text, lines, !lines.isEmpty());
        imported.run();
    }

    private void say(String text, List<String> problemRows, boolean problem) {
        summary.setText(text);
        rows.removeAll();
        problemRows.forEach(row -> rows.add(new ListItem(row)));
        rows.setVisible(!problemRows.isEmpty());
        result.getElement().getClassList().set("catalogue-import-result--problem", problem);
        result.setVisible(true);
    }
}
