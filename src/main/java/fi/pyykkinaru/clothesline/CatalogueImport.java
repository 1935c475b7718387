package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.text.CsvFiles;
import fi.pyykkinaru.text.ExportTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalogue entries from a spreadsheet (XLSX) or CSV file with a heading row. Each good row is saved, a row whose URL
 * the line already has updates that entry (so importing the same file again never doubles entries), and each bad
 * row is reported by its row number and left out: one bad row never costs the organiser the others.
 */
@Service
public class CatalogueImport {

    /** The columns in the order the template has them; title and URL are required. */
    public static final List<CatalogueField> COLUMNS = List.of(CatalogueField.TITLE, CatalogueField.SUMMARY,
            CatalogueField.ORGANISATION, CatalogueField.REGION, CatalogueField.THEMES, CatalogueField.URL,
            CatalogueField.IMAGE);

    private final Catalogue catalogue;
    private final Translations translations;
    private final Clock clock;

    CatalogueImport(Catalogue catalogue, Translations translations, Clock clock) {
        this.catalogue = catalogue;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * What an import did: entries added and updated, each left-out row's problems, and (with nothing imported) a
     * problem of the whole file (unreadable, no heading for title or URL, no rows).
     */
    public record Result(int added, int updated, List<CatalogueProblem> problems, @Nullable String fileProblem,
            List<Object> fileProblemArgs) {

        public Result {
            problems = List.copyOf(problems);
            fileProblemArgs = List.copyOf(fileProblemArgs);
        }

        static Result ofFile(String key, Object... args) {
            return new Result(0, 0, List.of(), key, List.of(args));
        }

        /** The rows left out, each once, in file order. */
        public List<Integer> skippedRows() {
            return problems.stream().map(CatalogueProblem::row).distinct().sorted().toList();
        }
    }

    @Transactional
    public Result importFile(Line line, byte[] file) {
        if (line.kind() != LineKind.CATALOGUE) {
            throw new IllegalArgumentException("Not a catalogue line: " + line.code());
        }
        Table table;
        try {
            table = isWorkbook(file) ? workbookRows(file) : csvRows(file);
        } catch (IOException | RuntimeException e) {
            // POI reports a broken or hostile workbook (a DOCTYPE, XML cut short) with exceptions of its own.
            return Result.ofFile("catalogue.import.unreadable");
        }
        List<List<String>> rows = table.rows();
        if (rows.isEmpty()) {
            return Result.ofFile("catalogue.import.empty");
        }
        Map<CatalogueField, Integer> columns = columns(rows.getFirst());
        if (!columns.containsKey(CatalogueField.TITLE) || !columns.containsKey(CatalogueField.URL)) {
            return Result.ofFile("catalogue.import.columns", headings(Translations.FINNISH), headings(Translations.SWEDISH),
                    headings(Translations.ENGLISH));
        }
        int added = 0;
        int updated = 0;
        List<CatalogueProblem> problems = new ArrayList<>();
        Map<String, Integer> urlsSeen = new HashMap<>();
        boolean anyRow = false;
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            anyRow = true;
            int fileRow = table.headingRow() + i;
            List<CatalogueProblem> rowProblems = new ArrayList<>();
            Region region = region(cell(cells, columns, CatalogueField.REGION), rowProblems);
            CatalogueDraft draft = new CatalogueDraft(cell(cells, columns, CatalogueField.URL),
                    cell(cells, columns, CatalogueField.TITLE), cell(cells, columns, CatalogueField.SUMMARY),
                    cell(cells, columns, CatalogueField.ORGANISATION), region, cell(cells, columns, CatalogueField.THEMES),
                    cell(cells, columns, CatalogueField.IMAGE));
            rowProblems.addAll(draft.problems());
            String url = draft.url();
            if (url != null && urlsSeen.containsKey(url)) {
                rowProblems.add(new CatalogueProblem(0, CatalogueField.URL, "catalogue.problem.url-repeated",
                        List.of(urlsSeen.get(url))));
            }
            if (!rowProblems.isEmpty()) {
                rowProblems.forEach(p -> problems.add(p.onRow(fileRow)));
                continue;
            }
            urlsSeen.put(url, fileRow);
            CatalogueEntry entry = draft.toEntry(line, clock.instant());
            boolean known = catalogue.ofLine(line.requireId()).stream().anyMatch(e -> e.url().equals(entry.url()));
            catalogue.save(entry);
            if (known) {
                updated++;
            } else {
                added++;
            }
        }
        if (!anyRow) {
            return Result.ofFile("catalogue.import.empty");
        }
        return new Result(added, updated, problems, null, List.of());
    }

    /** A file to fill in: the headings in the organiser's language and two example rows to write over. */
    public byte[] templateXlsx(Locale locale) {
        return template(locale).xlsx(translations.getTranslation("catalogue.template.sheet", locale));
    }

    /** The template as CSV (semicolons, as Excel in Finland reads it). */
    public byte[] templateCsv(Locale locale) {
        return template(locale).csv(locale);
    }

    private ExportTable template(Locale locale) {
        List<ExportTable.Column> header = COLUMNS.stream()
                .map(f -> ExportTable.Column.of(heading(f, locale), ExportTable.Kind.TEXT)).toList();
        List<List<String>> rows = List.of(
                List.of(translations.getTranslation("catalogue.template.example1.title", locale),
                        translations.getTranslation("catalogue.template.example1.summary", locale),
                        "Kotikulman yhdistys ry", translations.getTranslation(Region.PIRKANMAA.labelKey(), locale),
                        translations.getTranslation("catalogue.template.example1.themes", locale),
                        "https://example.org/kaytannot/kaveleva-kahvila", ""),
                List.of(translations.getTranslation("catalogue.template.example2.title", locale), "", "", "", "",
                        "https://example.org/kaytannot/lukulahettilaat", "https://example.org/kuvat/lukulahettilaat.jpg"));
        return new ExportTable(header, rows);
    }

    private String heading(CatalogueField field, Locale locale) {
        return translations.getTranslation("catalogue.column." + field.column(), locale);
    }

    private String headings(Locale locale) {
        return String.join(", ", COLUMNS.stream().map(f -> heading(f, locale)).toList());
    }

    /** Each field's column: by its code (title, url…) or its heading in any of the app's languages, any case. */
    private Map<CatalogueField, Integer> columns(List<String> headingRow) {
        Map<CatalogueField, Integer> columns = new EnumMap<>(CatalogueField.class);
        for (int i = 0; i < headingRow.size(); i++) {
            String plain = plain(headingRow.get(i));
            for (CatalogueField field : COLUMNS) {
                if (plain.equals(field.column()) || Translations.LOCALES.stream()
                        .anyMatch(locale -> plain.equals(plain(heading(field, locale))))) {
                    columns.putIfAbsent(field, i);
                }
            }
        }
        return columns;
    }

    private static String plain(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    }

    private static @Nullable String cell(List<String> cells, Map<CatalogueField, Integer> columns, CatalogueField field) {
        Integer column = columns.get(field);
        return column == null || column >= cells.size() ? null : cells.get(column);
    }

    /** A region's code (PIRKANMAA, keski-suomi) or its name in any of the app's languages (Pirkanmaa, Birkaland). */
    private @Nullable Region region(@Nullable String value, List<CatalogueProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Region region : Region.values()) {
            if (region.name().equals(code) || Translations.LOCALES.stream().anyMatch(locale -> value.strip()
                    .equalsIgnoreCase(translations.getTranslation(region.labelKey(), locale)))) {
                return region;
            }
        }
        problems.add(new CatalogueProblem(0, CatalogueField.REGION, "catalogue.problem.region", List.of(value.strip())));
        return null;
    }

    /** XLSX is a zip file, and the old XLS an OLE2 compound file: either starts with its magic bytes. */
    private static boolean isWorkbook(byte[] file) {
        return file.length > 4 && ((file[0] == 'P' && file[1] == 'K')
                || ((file[0] & 0xFF) == 0xD0 && (file[1] & 0xFF) == 0xCF && (file[2] & 0xFF) == 0x11));
    }

    /** The first sheet's rows as text as the spreadsheet shows it; a linked cell's link when its text is not one. */
    private static Table workbookRows(byte[] file) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            int headingRow = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        String text = cell == null ? "" : formatter.formatCellValue(cell);
                        if (cell != null && cell.getHyperlink() != null && !CatalogueDraft.isWebAddress(text.strip())
                                && cell.getHyperlink().getAddress() != null) {
                            text = cell.getHyperlink().getAddress();
                        }
                        cells.add(text);
                    }
                }
                // Blank rows above the heading are not the heading; the sheet's row numbers still count them.
                if (rows.isEmpty() && cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.isEmpty()) {
                    headingRow = r + 1;
                }
                rows.add(cells);
            }
            return new Table(headingRow, rows);
        }
    }

    /** The file's rows from its heading on, and the heading's row number as a spreadsheet counts rows. */
    private record Table(int headingRow, List<List<String>> rows) {
    }

    private static Table csvRows(byte[] file) throws IOException {
        return new Table(1, CsvFiles.rows(new ByteArrayInputStream(file)));
    }
}
