package fi.pyykkinaru.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Catches the next destructive action that does not ask. Every UI text the code uses is looked at: one whose
 * key ends in a destructive verb, or whose Finnish or English words begin with one (poista, piilota, peru…;
 * delete, hide, cancel…), is the label of an action that destroys, or a text about one. Each must be on one
 * of two explicit lists:
 * <ul>
 * <li>{@link #ASKING}: the action asks through {@link Confirmation} (a file that uses the key builds one, its
 * OK button named by the key) and a test in {@link DestructiveActionsTest} proves it asks;</li>
 * <li>{@link #NOT_AN_ACTION}: it destroys nothing, with the reason.</li>
 * </ul>
 * Texts of the question itself and of what happened (keys ending {@code .title}, {@code .text},
 * {@code .done}, …) are not actions and are left out by their key's last part.
 */
class DestructiveActionsGuardTest {

    /** Label key → the test in {@link DestructiveActionsTest} that proves the action asks. */
    static final Map<String, String> ASKING = Map.ofEntries(
            Map.entry("moderation.hide", "hiding_a_slip_asks_and_can_be_undone"),
            Map.entry("print.cancel", "cancelling_a_queued_print_job_asks_and_can_be_undone"),
            Map.entry("privacy.purge", "purging_an_events_personal_data_asks_with_counts_and_the_confirm_word"),
            Map.entry("privacy.erase.confirm", "erasing_a_person_asks_with_counts_and_the_confirm_word"),
            Map.entry("accounts.remove", "removing_an_account_asks_with_the_confirm_word"),
            Map.entry("stands.remove", "removing_a_stand_asks_with_the_confirm_word_and_unpairs_its_screens"),
            Map.entry("reports.merge", "merging_reports_asks_with_what_goes_and_the_confirm_word"),
            Map.entry("reports.hide", "hiding_a_report_asks_and_can_be_undone"),
            Map.entry("reports.decline", "declining_a_report_asks"),
            Map.entry("kiosk.leave.discard", "throwing_away_a_half_written_slip_asks"),
            Map.entry("lines.remove", "removing_a_line_asks"),
            Map.entry("call.jury.member.remove", "removing_a_jury_member_asks_and_takes_their_scores_with_them"),
            Map.entry("call.setup.question.remove", "removing_a_question_that_proposals_answered_asks"),
            Map.entry("events.sample.remove", "removing_the_sample_event_asks_with_counts_and_the_confirm_word"),
            Map.entry("catalogue.remove", "removing_a_catalogue_entry_asks"),
            Map.entry("evaluation.remove", "removing_a_closing_question_or_goal_asks"));

    /** Texts that look destructive but are no action that destroys, and why. */
    static final Map<String, String> NOT_AN_ACTION = Map.ofEntries(
            Map.entry("action.cancel", "closes a dialog or leaves a form; nothing is stored, so nothing is lost"),
            Map.entry("privacy.erase", "the heading of the erasure section; its button is privacy.erase.confirm"),
            Map.entry("print.state.CANCELLED", "a print job's state, shown as text"),
            Map.entry("report.status.DECLINED", "a report's state, shown as text; moving there asks (reports.decline)"),
            Map.entry("privacy.erase.find", "searches for what an erasure would touch; erases nothing"),
            Map.entry("staff.sample.banner.link",
                    "a link to the events page, where removing the sample asks (events.sample.remove)"),
            Map.entry("events.theme.remove",
                    "takes a theme out of the event form; nothing is stored until the event is saved"),
            Map.entry("call.board.decline",
                    "opens the decision dialog with its message; nothing is decided until it is confirmed"),
            Map.entry("call.board.decision.decline.confirm", "a decision on a proposal, not a loss: an organiser can "
                    + "take it back (call.board.undecide, which asks)"),
            Map.entry("call.setup.criterion.remove", "takes a criterion out of the call form; nothing is stored until "
                    + "the call is saved, and the scores given on it stay stored"),
            Map.entry("catalogue.remove.named", "the remove button's name for screen readers; the button asks "
                    + "(catalogue.remove)"),
            Map.entry("evaluation.cancel", "closes the closing question's dialog; nothing is stored, so nothing is lost"),
            Map.entry("slip.linked.remove", "takes the catalogue link out of the slip being written; nothing is stored "
                    + "until the slip is pegged"));

    /** Last parts of keys that name the question's own texts or the outcome, not an action's button. */
    private static final Set<String> TEXT_PARTS = Set.of("title", "text", "done", "losing", "nothing", "need-two",
            "at-printer", "search", "none", "found", "purged", "label", "word");

    private static final Pattern VERB_KEY = Pattern.compile(
            "(?:^|[.-])(delete|erase|remove|hide|cancel|purge|decline|merge|forget|unpublish|discard|clear|reject|wipe)(?:$|[.-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_TEXT = Pattern.compile(
            "^(delete|erase|remove|hide|cancel|purge|decline|merge|forget|unpublish|discard|clear|reject|wipe"
                    + "|poista|piilota|peru|hylkää|yhdistä|unohda|tyhjennä|tyhjää)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern USED_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9._-]+)\"");

    @Test
    void every_destructive_action_asks_or_is_listed_as_no_action() throws IOException {
        Map<String, Set<Path>> used = usedKeys();
        Properties finnish = texts("fi");
        Properties english = texts("en");
        Map<String, Set<Path>> destructive = new TreeMap<>();
        used.forEach((key, files) -> {
            String last = key.substring(key.lastIndexOf('.') + 1);
            if (TEXT_PARTS.contains(last) || !finnish.containsKey(key)) {
                return;
            }
            if (VERB_KEY.matcher(key).find() || VERB_TEXT.matcher(finnish.getProperty(key, "").strip()).matches()
                    || VERB_TEXT.matcher(english.getProperty(key, "").strip()).matches()) {
                destructive.put(key, files);
            }
        });

        assertThat(destructive.keySet()).as("texts of destructive actions in the code; a new one must ask "
                + "(add it to ASKING with its test) or be listed in NOT_AN_ACTION with the reason")
                .allSatisfy(key -> assertThat(ASKING.containsKey(key) || NOT_AN_ACTION.containsKey(key))
                        .as(key + " in " + destructive.get(key)).isTrue());
        assertThat(destructive.keySet()).as("the lists stay true: each listed key is still used")
                .containsAll(ASKING.keySet());
        // The button may be built in one file (a form) and its question in another (the dialog that holds the
        // form); the question names the action too, as its OK button's words.
        for (String key : ASKING.keySet()) {
            List<String> files = new java.util.ArrayList<>();
            for (Path file : destructive.get(key)) {
                files.add(Files.readString(file));
            }
            assertThat(files).as("%s is used in %s; one of them must ask through Confirmation", key,
                    destructive.get(key)).anySatisfy(code -> assertThat(code).contains("new Confirmation("));
        }
    }

    @Test
    void every_asking_action_has_its_test() {
        Set<String> tests = new TreeSet<>(Arrays.stream(DestructiveActionsTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).map(Method::getName).toList());
        assertThat(tests).containsAll(ASKING.values());
    }

    @Test
    void the_confirm_word_is_one_word_in_every_language() throws IOException {
        for (String language : List.of("fi", "sv", "en")) {
            assertThat(texts(language).getProperty("confirm.word")).as(language).matches("\\p{Lu}{3,}");
        }
    }

    @Test
    void the_guard_sees_a_destructive_label_it_does_not_know() {
        assertThat(VERB_TEXT.matcher("Poista lappu").matches()).isTrue();
        assertThat(VERB_TEXT.matcher("Hylkää").matches()).isTrue();
        assertThat(VERB_KEY.matcher("session.delete").find()).isTrue();
        assertThat(VERB_KEY.matcher("line.remove-slip").find()).isTrue();
        assertThat(VERB_TEXT.matcher("Perustiedot").matches()).as("a word that only starts alike").isFalse();
        assertThat(VERB_KEY.matcher("reports.hidden").find()).isFalse();
    }

    private static Properties texts(String language) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    private static Map<String, Set<Path>> usedKeys() throws IOException {
        Map<String, Set<Path>> used = new HashMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = USED_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(source);
                }
            }
        }
        return used;
    }
}
