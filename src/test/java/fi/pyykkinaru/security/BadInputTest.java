package fi.pyykkinaru.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationField;
import fi.pyykkinaru.badge.RegistrationProblem;
import fi.pyykkinaru.clothesline.FieldProblem;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipRules;
import fi.pyykkinaru.evaluation.ClosingKind;
import fi.pyykkinaru.evaluation.ClosingQuestion;
import fi.pyykkinaru.evaluation.ClosingReply;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.session.AnswerDetails;
import fi.pyykkinaru.session.ScannedCode;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strangers' input at every form's rules: each case is either accepted as plain text (markup and SQL are just
 * text to us, and the screens show text, never markup) or refused with a translated message key, never an
 * exception. The browser and HTTP side of the same cases is in BadInputIT.
 */
class BadInputTest {

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("overlong", "x".repeat(5000), false),
                Arguments.of("overlong emoji", "🎉".repeat(600), false),
                Arguments.of("null byte", "Hyvä\u0000käytäntö", false),
                Arguments.of("bell", "Hyvä\u0007", false),
                Arguments.of("escape sequence", "\u001B[31mpunainen", false),
                Arguments.of("line break in a one-line field", "rivi\nrivi", false),
                Arguments.of("script tag", "<script>alert(1)</script>", true),
                Arguments.of("img onerror", "<img src=x onerror=alert(1)>", true),
                Arguments.of("javascript url", "javascript:alert(document.cookie)", true),
                Arguments.of("svg onload", "<svg onload=alert(1)>", true),
                Arguments.of("html entity", "&lt;b&gt;lihava&lt;/b&gt;", true),
                Arguments.of("sql quote", "Robert'); DROP TABLE slip;--", true),
                Arguments.of("sql union", "' UNION SELECT password_hash FROM app_user --", true),
                Arguments.of("sql comment", "x' OR '1'='1' /*", true),
                Arguments.of("emoji", "Kahvila ☕️ 👵🏽👨‍🎓", true),
                Arguments.of("right-to-left", "مقهى المشي", true),
                Arguments.of("rtl override", "abc\u202Eevil\u202C", true),
                Arguments.of("zero width joiner", "ka\u200Dhvila", true),
                Arguments.of("combining marks", "Z̷a̶l̸g̵o̴", true),
                Arguments.of("only spaces", "     ", true),
                Arguments.of("percent and underscore", "100% _kaikki_", true),
                Arguments.of("backslashes", "C:\\Windows\\system32", true),
                Arguments.of("format string", "%s%s%s%n", true),
                Arguments.of("message format braces", "{0} {1,number} '{'", true),
                Arguments.of("unicode noncharacter", "\uFFFE", true),
                Arguments.of("lone surrogate", "\uD800", true));
    }

    @ParameterizedTest(name = "slip title: {0}")
    @MethodSource("hostileTexts")
    void slip_titles_are_kept_as_text_or_refused_with_a_message(String name, String text, boolean plainText) {
        List<FieldProblem> problems = SlipRules.check(SlipDraft.answer(text, null, null), LineKind.ANSWER, Set.of());

        if (plainText && !text.isBlank()) {
            assertThat(problems).as(name).isEmpty();
        } else if (!text.isBlank()) {
            assertThat(problems).as(name).isNotEmpty().allSatisfy(p -> assertThat(p.messageKey()).startsWith("slip.error."));
        }
    }

    @ParameterizedTest(name = "registration name: {0}")
    @MethodSource("hostileTexts")
    void registration_names_are_kept_as_text_or_refused_with_a_message(String name, String text, boolean plainText) {
        List<RegistrationProblem> problems = new RegistrationDraft(text, null, null, null, List.of(), null, false).problems();

        assertThat(problems).as(name).allSatisfy(p -> assertThat(p.messageKey()).startsWith("register.error."));
        if (plainText && !text.isBlank()) {
            assertThat(problems).as(name).isEmpty();
        } else {
            assertThat(problems).as(name).extracting(RegistrationProblem::field).contains(RegistrationField.NAME);
        }
    }

    @ParameterizedTest(name = "feedback comment: {0}")
    @MethodSource("hostileTexts")
    void feedback_comments_are_kept_as_text_or_refused_with_a_message(String name, String text, boolean plainText) {
        String problem = new AnswerDetails(text, null, null, null).commentProblem();

        if (plainText || name.startsWith("line break")) {
            assertThat(problem).as(name).isNull();
        } else {
            assertThat(problem).as(name).isNotNull().startsWith("feedback.");
        }
    }

    @ParameterizedTest(name = "closing free-text answer: {0}")
    @MethodSource("hostileTexts")
    void closing_free_text_answers_are_kept_as_text_or_refused_with_a_message(String name, String text, boolean plainText) {
        ClosingQuestion words = ClosingQuestion.create(1L, 1, ClosingKind.TEXT, new LocalizedText("Mitä jäi mieleen?",
                "Vad minns du?", "What stayed with you?"), null, false);

        String problem = new ClosingReply(null, text).problem(words);

        if (plainText || name.startsWith("line break")) {
            assertThat(problem).as(name).isNull();
        } else {
            assertThat(problem).as(name).isNotNull().startsWith("evaluation.closing.");
        }
    }

    static Stream<String> foreignPayloads() {
        return Stream.of("", " ", "https://example.com/", "https://evil.example/s/", "http://localhost:8080/staff",
                "http://localhost:8080/harvest", "http://localhost:8080/s/../staff", "WIFI:S:venue;T:WPA;P:secret;;",
                "BEGIN:VCARD\nFN:Matti\nEND:VCARD", "mailto:x@example.fi", "tel:+358401234567", "PYK-",
                "PYK-ABCDEFGHJ", "PYK-ABCDEFGHJKL", "0000000000", "IIIIIIII", "<script>", "s/ABCD", "x".repeat(5000),
                "\u0000\u0001\u0002");
    }

    @ParameterizedTest(name = "scanned: {0}")
    @MethodSource("foreignPayloads")
    void foreign_qr_payloads_are_neither_a_session_nor_a_badge(String payload) {
        assertThat(ScannedCode.sessionToken(payload)).as(payload).isEmpty();
        assertThat(BadgeCodes.read(payload)).as(payload).isEmpty();
    }
}
