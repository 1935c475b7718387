package fi.pyykkinaru.text;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        LANGUAGES
    }

    /** A column: its name (the key of its heading is {@code export.column.<name>}) and how its values read. */
    public record Column(String name, Kind kind, String keyPrefix) {

        public static Column of(String name, Kind kind) {
            return new Column(name, kind, "");
        }
    }

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

    private static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case OffsetDateTime at -> at.toInstant().toString();
            case Timestamp at -> at.toInstant().toString();
            default -> value.toString();
        };
    }
}
