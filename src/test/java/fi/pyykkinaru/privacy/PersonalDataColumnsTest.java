package fi.pyykkinaru.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every text column of the schema, as the migrations leave it, is accounted for: erased by the retention purge and
 * on request, erased on request only (kept by the purge, with the reason), kept on purpose (with the reason), or not
 * personal (with the reason). A new column that none of these names fails here, so personal data cannot slip in
 * beside the purge unnoticed; {@link PurgeLeavesNoTraceTest} checks the claims against the data itself.
 */
@PyykkinaruTest
class PersonalDataColumnsTest {

    @Autowired JdbcClient jdbc;
    @Autowired Privacy privacy;

    @Test
    void every_text_column_is_erased_kept_for_a_reason_or_not_personal() {
        List<String> unclassified = textColumns().stream().filter(c -> !PersonalDataColumns.ALL.containsKey(c)).toList();
        assertThat(unclassified).as("""
                text columns that nobody has classified for privacy: %s
                Add each to PersonalDataColumns.ALL (src/test/java/fi/pyykkinaru/privacy/PersonalDataColumns.java):
                  erased("table.column", "KIND")                 when the owner's PersonalData of that kind forgets it
                                                                 in its purge and its erase (and its find searches it),
                  onRequest("table.column", "KIND", "why kept")  when its find and erase reach it but the retention
                                                                 purge keeps it on purpose,
                  kept("table.column", "why")                    when it may hold personal data and is kept on purpose,
                  notPersonal("table.column", "why")             when it cannot hold personal data (codes, hashes,
                                                                 texts the organisers write for everyone)
                """, unclassified).isEmpty();
    }

    @Test
    void every_classified_column_still_exists() {
        Set<String> columns = textColumns();
        List<String> gone = PersonalDataColumns.ALL.keySet().stream().filter(c -> !columns.contains(c)).sorted().toList();
        assertThat(gone).as("classified columns that no migration leaves in the schema any more: %s; remove them from"
                + " PersonalDataColumns.ALL (src/test/java/fi/pyykkinaru/privacy/PersonalDataColumns.java)", gone)
                .isEmpty();
    }

    @Test
    void every_column_erased_names_a_kind_of_personal_data_that_exists() {
        List<String> orphans = new ArrayList<>();
        PersonalDataColumns.ALL.forEach((column, verdict) -> {
            if (verdict.kind() != null && !privacy.kinds().contains(verdict.kind())) {
                orphans.add(column + " → " + verdict.kind());
            }
        });
        assertThat(orphans).as("columns whose PersonalData kind no bean answers for (see Privacy.kinds())").isEmpty();
    }

    /** table.column, lower case, of every character or text column of the application's tables. */
    private Set<String> textColumns() {
        return new TreeSet<>(jdbc.sql("""
                select lower(c.table_name) || '.' || lower(c.column_name)
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where lower(c.table_schema) = 'public' and t.table_type = 'BASE TABLE'
                  and lower(c.table_name) <> 'flyway_schema_history'
                  and (c.data_type like 'CHARACTER%' or c.data_type like 'CHAR%' or c.data_type like 'VARCHAR%'
                       or c.data_type like '%TEXT%' or c.data_type like '%CLOB%' or c.data_type like 'LONGVARCHAR%')
                """).query(String.class).list());
    }
}
