package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The open call's public form as a stranger fills it: control characters (which PostgreSQL refuses to store, and
 * which forge lines in logs and exports) are refused by field with a translated message; markup is kept as text.
 */
class HostileApplicationTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("null byte", "Idea\u0000", "call.page.error.control"),
                Arguments.of("escape sequence", "\u001B[2JIdea", "call.page.error.control"),
                Arguments.of("bell", "Idea\u0007", "call.page.error.control"),
                Arguments.of("script tag", "<script>alert(1)</script>", null),
                Arguments.of("line breaks in a long answer", "Rivi\nrivi\r\nrivi", null));
    }

    @ParameterizedTest(name = "answer: {0}")
    @MethodSource("texts")
    void an_answer_with_control_characters_is_refused_by_its_field(String name, String text, String key) {
        ApplicationForm form = ApplicationCheckTest.form("maija@example.fi", Map.of("idea", text));

        var problems = ApplicationCheck.problems(ApplicationCheckTest.CALL, form, false);

        if (key == null) {
            assertThat(problems).as(name).isEmpty();
        } else {
            assertThat(problems).as(name).extracting(ApplicationProblem::field, ApplicationProblem::key)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ApplicationProblem.questionField(1), key));
        }
    }

    @ParameterizedTest(name = "name: {0}")
    @MethodSource("texts")
    void a_contact_name_with_control_characters_is_refused(String name, String text, String key) {
        ApplicationForm form = new ApplicationForm("fi", "", text, "Järjestö ry", "maija@example.fi", "", Map.of());

        var problems = ApplicationCheck.problems(ApplicationCheckTest.CALL, form, false);

        assertThat(problems).as(name).extracting(ApplicationProblem::key)
                .containsExactlyElementsOf(key == null ? java.util.List.of() : java.util.List.of(key));
    }
}
