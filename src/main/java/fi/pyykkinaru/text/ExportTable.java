package fi.pyykkinaru.text;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Rows to export, as text: the column names and each row's values. The feature that owns the data makes the
 * rows; whoever writes the file only lays them out.
 */
public record ExportTable(List<String> columns, List<List<String>> rows) {

    public ExportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * A query's result as it stands: the column labels (lower case, since HSQLDB says them in upper and
     * PostgreSQL in lower case), nulls as empty cells, times as UTC instants.
     */
    public static ExportTable of(ResultSet rs) throws SQLException {
        // The header comes from the query itself, so an empty export still says what it would hold.
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(text(rs.getObject(i)));
            }
            rows.add(row);
        }
        return new ExportTable(columns, rows);
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
