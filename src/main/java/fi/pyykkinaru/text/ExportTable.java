package fi.pyykkinaru.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Rows to export: each column's name and how its values read to a person, and each row's values as stored.
 * The feature that owns the data makes the rows and says which columns hold codes with labels; whoever
 * writes the file turns names, codes and times into the reader's words.
 */
public record ExportTable(List<Column> header, List<List<String>> rows) {

    /** How a column's stored values become words for a person. */
    public enum Kind {
        /** Shown as stored. */
        TEXT,
        /** An instant, stored as ISO-8601 UTC; shown as local time. */
        TIME,
        /** true or false; shown as yes or no. */
        YES_NO,
        /** A code whose label is the translation of {@code keyPrefix + code}. */
        LABEL,
        /** The event's theme codes, separated by spaces; shown as the themes' names. */
        THEMES,
        /** Language codes separated by commas; shown as the languages' names. */
        LANGUAGES,
        /** A number with a dot as its decimal separator; a number in a spreadsheet, the reader's separator in CSV. */
        NUMBER
    }

    /** A column: its name (the key of its heading is {@code export.column.<name>}) and how its values read. */
    public record Column(String name, Kind kind, String keyPrefix) {

        public static Column of(String name, Kind kind) {
            return new Column(name, kind, "");
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // Column widths in characters: a long answer wraps in a column of at most this width.
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /**
     * A cell a spreadsheet would read as a formula (or, after a tab or carriage return, as one once pasted on):
     * OWASP's list of leading characters. A plain number such as {@code -2} or {@code -1,5} is left alone: a
     * spreadsheet reads it as the number it is and runs nothing.
     */
    private static final Pattern FORMULA = Pattern.compile("[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    public ExportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public List<String> columns() {
        return header.stream().map(Column::name).toList();
    }

    /** The same table with the named column's values read as labels {@code keyPrefix + value}. */
    public ExportTable labelled(String column, String keyPrefix) {
        return with(column, new Column(column, Kind.LABEL, keyPrefix));
    }

    /** The same table with the named column read as {@code kind}. */
    public ExportTable reading(String column, Kind kind) {
        return with(column, Column.of(column, kind));
    }

    private ExportTable with(String column, Column replacement) {
        if (!columns().contains(column)) {
            // Anonymised variants leave columns out; a column not in this variant needs no reading.
            return this;
        }
        return new ExportTable(header.stream().map(c -> c.name().equals(column) ? replacement : c).toList(), rows);
    }

    /**
     * A query's result as it stands: the column labels (lower case, since HSQLDB says them in upper and
     * PostgreSQL in lower case), nulls as empty cells, times as UTC instants and booleans as true or false.
     */
    public static ExportTable of(ResultSet rs) throws SQLException {
        // The header comes from the query itself, so an empty export still says what it would hold.
        ResultSetMetaData meta = rs.getMetaData();
        List<Column> header = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Kind kind = switch (meta.getColumnType(i)) {
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIME;
                case Types.BOOLEAN, Types.BIT -> Kind.YES_NO;
                // Ids, scores and counts: numbers a spreadsheet can sum, which CSV writes as it always did.
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                        Types.DOUBLE, Types.FLOAT, Types.REAL -> Kind.NUMBER;
                default -> Kind.TEXT;
            };
            header.add(Column.of(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), kind));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(header.size());
            for (int i = 1; i <= header.size(); i++) {
                row.add(text(rs.getObject(i)));
            }
            rows.add(row);
        }
        return new ExportTable(header, rows);
    }

    /**
     * A table already in a person's words (its columns' names are the headings) as CSV the way Excel in Finland
     * opens it without asking; numbers with the decimal separator of {@code locale}, the reader's language.
     */
    public byte[] csv(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        // Finnish and Swedish write minus as U+2212, which no spreadsheet reads as a number: the hyphen-minus is.
        symbols.setMinusSign('-');
        DecimalFormat number = new DecimalFormat("0.##", symbols);
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns());
        for (List<String> row : rows) {
            List<String> line = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i);
                line.add(header.get(i).kind() == Kind.NUMBER && !value.isEmpty()
                        ? number.format(Double.parseDouble(value)) : value);
            }
            lines.add(line);
        }
        return csv(lines);
    }

    /**
     * Lines of cells as CSV: UTF-8 with a byte order mark and semicolons, as Excel in Finland reads it. A cell that
     * would run as a formula gets a leading single quote, as OWASP advises (see {@link #guarded}).
     */
    public static byte[] csv(List<List<String>> lines) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(BOM);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            for (List<String> line : lines) {
                printer.printRecord(line.stream().map(ExportTable::guarded).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }

    /**
     * A table already in a person's words as an Excel workbook of one sheet: the headings bold and frozen, the
     * columns as wide as their text (within reason), numbers as numbers. Text cells stay text, so nothing a visitor
     * typed is ever read as a formula; one that begins like a formula is also marked quote-prefixed, as a typed
     * leading quote would, so that editing it in Excel does not turn it into one.
     */
    public byte[] xlsx(String sheetName) {
        return xlsx(Map.of(sheetName, this));
    }

    /**
     * Tables already in a person's words as one Excel workbook, a sheet per table in the map's order, each as
     * {@link #xlsx(String)} writes its one. A {@link Kind#TIME} value in words is the local time
     * {@code 2026-12-02 14:05}; it becomes a date and time the spreadsheet can sort and count with.
     */
    public static byte[] xlsx(Map<String, ExportTable> sheets) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream file = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle heading = book.createCellStyle();
            heading.setFont(bold);
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            // Excel's own mark for "this is text" (what a typed leading quote sets): the cell keeps the visitor's
            // exact words and stays text even when someone edits it and presses Enter.
            CellStyle quoted = book.createCellStyle();
            quoted.cloneStyleFrom(wrapped);
            quoted.setQuotePrefixed(true);
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            time.setVerticalAlignment(VerticalAlignment.TOP);
            for (Map.Entry<String, ExportTable> sheet : sheets.entrySet()) {
                sheet.getValue().write(book.createSheet(WorkbookUtil.createSafeSheetName(sheet.getKey())), heading,
                        wrapped, quoted, time);
            }
            book.write(file);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Sheet sheet, CellStyle heading, CellStyle wrapped, CellStyle quoted, CellStyle time) {
        Row top = sheet.createRow(0);
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            Cell cell = top.createCell(i);
            cell.setCellValue(header.get(i).name());
            cell.setCellStyle(heading);
            widths[i] = header.get(i).name().length();
        }
        for (int r = 0; r < rows.size(); r++) {
            Row line = sheet.createRow(r + 1);
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i);
                if (value.isEmpty()) {
                    continue;
                }
                Cell cell = line.createCell(i);
                LocalDateTime at = header.get(i).kind() == Kind.TIME ? localTime(value) : null;
                if (header.get(i).kind() == Kind.NUMBER) {
                    cell.setCellValue(Double.parseDouble(value));
                } else if (at != null) {
                    cell.setCellValue(at);
                    cell.setCellStyle(time);
                } else {
                    cell.setCellValue(value);
                    cell.setCellStyle(guarded(value).equals(value) ? wrapped : quoted);
                }
                widths[i] = Math.max(widths[i], value.lines().mapToInt(String::length).max().orElse(0));
            }
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.clamp(widths[i] + 2, MIN_WIDTH, MAX_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * The cell as a spreadsheet may safely open it: text that begins with {@code = + - @}, a tab or a carriage
     * return gets a single quote in front, so that {@code =HYPERLINK(…)} typed on a slip stays text; a plain number
     * stays as it is.
     */
    public static String guarded(String cell) {
        return FORMULA.matcher(cell).matches() && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** A cell read back from a file this class wrote: {@link #guarded}'s quote taken off again. */
    public static String unguarded(String cell) {
        return cell.startsWith("'") && FORMULA.matcher(cell.substring(1)).matches()
                && !PLAIN_NUMBER.matcher(cell.substring(1)).matches() ? cell.substring(1) : cell;
    }

    private static @Nullable LocalDateTime localTime(String value) {
        try {
            return LocalDateTime.parse(value, LOCAL_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case OffsetDateTime at -> at.toInstant().toString();
            case Timestamp at -> at.toInstant().toString();
            default -> value.toString();
        };
    }
}
