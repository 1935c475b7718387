package fi.pyykkinaru;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What Spring Modulith cannot see: SQL. Each table has one owning module, and only that module's code names it
 * in a query or a mapping; others ask the owner's API. Views hold no SQL at all.
 */
class TableOwnershipTest {

    /** Every table of the migrations, by owner. A new table gets its line here. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("stand_event", "event"), Map.entry("event_theme", "event"), Map.entry("warm_up_event", "event"),
            Map.entry("privacy_notice", "notice"),
            Map.entry("clothesline", "clothesline"), Map.entry("slip", "clothesline"), Map.entry("slip_theme", "clothesline"),
            Map.entry("closing_question", "evaluation"), Map.entry("closing_answer", "evaluation"),
            Map.entry("closing_respondent", "evaluation"), Map.entry("event_goal", "evaluation"),
            Map.entry("catalogue_entry", "clothesline"), Map.entry("slip_voice", "clothesline"),
            Map.entry("programme_session", "session"), Map.entry("feedback_answer", "session"),
            Map.entry("feedback_voter", "session"), Map.entry("feedback_tally", "session"),
            Map.entry("session_attendance", "session"), Map.entry("event_visitors", "session"),
            Map.entry("session_question", "session"), Map.entry("question_vote", "session"),
            Map.entry("question_moderation", "session"),
            Map.entry("registration", "badge"),
            Map.entry("print_job", "printing"),
            Map.entry("report", "harvest"), Map.entry("report_slip", "harvest"), Map.entry("production_member", "harvest"),
            Map.entry("bench_brief", "harvest"), Map.entry("brief_quote", "harvest"), Map.entry("brief_summary", "harvest"),
            Map.entry("app_user", "staff"), Map.entry("audit_entry", "staff"), Map.entry("setup_link", "staff"),
            Map.entry("server_secret", "storage"), Map.entry("stand", "kiosk"), Map.entry("screen", "kiosk"),
            Map.entry("setting", "kiosk"), Map.entry("stand_slot", "kiosk"), Map.entry("open_call", "call"),
            Map.entry("call_question", "call"), Map.entry("call_criterion", "call"), Map.entry("proposal", "call"),
            Map.entry("proposal_answer", "call"), Map.entry("proposal_task", "call"),
            Map.entry("proposal_review", "call"), Map.entry("review_score", "call"), Map.entry("jury_member", "call"));

    private static final Path MAIN = Path.of("src/main/java/fi/pyykkinaru");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE_IN_SQL = Pattern.compile("\\b(?:from|join|update|into|table)\\s+([a-z_]+)");
    private static final Pattern JDBC = Pattern.compile("\\b(?:org\\.springframework\\.jdbc|java\\.sql|javax\\.sql)\\.|\\bJdbc(?:Client|Template)\\b");
    private static final Pattern MAPPED_TABLE = Pattern.compile("@Table\\(\"([a-z_]+)\"\\)");

    @Test
    void every_table_of_the_migrations_has_an_owner() throws IOException {
        List<String> created = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                Matcher m = Pattern.compile("(?i)create table (\\w+)").matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(OWNER.keySet()).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void a_module_names_only_its_own_tables() throws IOException {
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                String source = Files.readString(file);
                for (String table : tablesNamedIn(source)) {
                    if (!module.equals(OWNER.get(table))) {
                        trespasses.add(relative + " names " + table + " (owned by " + OWNER.get(table) + ")");
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void views_hold_no_sql() throws IOException {
        List<Path> views;
        try (Stream<Path> files = Files.walk(MAIN)) {
            views = files.filter(f -> f.toString().endsWith(".java") && f.getParent().endsWith("ui")).toList();
        }
        List<String> withSql = new ArrayList<>();
        for (Path view : views) {
            String source = Files.readString(view);
            if (JDBC.matcher(source).find() || !tablesNamedIn(source).isEmpty()) {
                withSql.add(MAIN.relativize(view).toString());
            }
        }
        assertThat(views).isNotEmpty();
        assertThat(withSql).isEmpty();
    }

    static List<String> tablesNamedIn(String source) {
        List<String> tables = new ArrayList<>();
        Matcher mapped = MAPPED_TABLE.matcher(source);
        while (mapped.find()) {
            tables.add(mapped.group(1));
        }
        Matcher literal = STRING.matcher(source);
        while (literal.find()) {
            String text = (literal.group(1) != null ? literal.group(1) : literal.group(2)).toLowerCase(Locale.ROOT);
            Matcher sql = TABLE_IN_SQL.matcher(text);
            while (sql.find()) {
                if (OWNER.containsKey(sql.group(1))) {
                    tables.add(sql.group(1));
                }
            }
        }
        return tables;
    }
}
