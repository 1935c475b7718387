package fi.pyykkinaru.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * CSV files as people bring them: UTF-8 with or without Excel's byte order mark, comma or semicolon (Excel in
 * Finland writes semicolons), a header row. Other encodings are refused rather than read as mojibake.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** A parser over the records after the header; throws on text that is not UTF-8. */
    public static CSVParser read(InputStream in) throws IOException {
        String text = utf8(in);
        String first = firstLine(text);
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        // Excel saves a row's empty cells at the end as trailing separators: unnamed columns are no fault.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setAllowMissingColumnNames(true)
                .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        return CSVParser.parse(text, format);
    }

    /**
     * Every record, the heading row first, as written: for files whose headings may be blank or repeated (a
     * spreadsheet saved as CSV keeps its empty columns), which {@link #read} refuses.
     */
    public static java.util.List<java.util.List<String>> rows(InputStream in) throws IOException {
        String text = utf8(in);
        String first = firstLine(text);
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            return parser.stream().map(r -> java.util.List.of(r.values())).toList();
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String utf8(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }
}
