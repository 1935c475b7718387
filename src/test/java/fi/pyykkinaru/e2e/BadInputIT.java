package fi.pyykkinaru.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Session;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad requests at the phones' endpoints, as a script would send them: each gets a clear answer (a status and a
 * page, never a stack trace) and nothing is stored half-way.
 */
class BadInputIT extends BrowserTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired Feedback feedback;

    private HttpClient phone;
    private Session session;

    @BeforeEach
    void newPhone() {
        phone = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        session = sampleSession("Digituki lähellä ihmistä");
    }

    @Test
    void a_vote_without_the_forms_csrf_token_is_refused_and_not_counted() throws Exception {
        long before = feedback.result(session).count();

        HttpResponse<String> answer = post("/s/" + session.token(), "score=2");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("Exception", "at fi.pyykkinaru");
        assertThat(feedback.result(session).count()).isEqualTo(before);
    }

    @Test
    void scores_outside_the_scale_or_not_numbers_change_nothing() throws Exception {
        long before = feedback.result(session).count();
        for (String score : new String[] {"7", "-3", "1.5", "'; DROP TABLE feedback_answer;--", "", "<script>", "%00"}) {
            String csrf = csrf();
            HttpResponse<String> answer = post("/s/" + session.token(), "_csrf=" + csrf + "&score=" + encode(score));
            assertThat(answer.statusCode()).as(score).isEqualTo(303);
        }
        assertThat(feedback.result(session).count()).isEqualTo(before);
    }

    @Test
    void an_unknown_or_malformed_session_gets_a_polite_not_found_page() throws Exception {
        for (String path : new String[] {"/s/ZZZZZZZZ", "/s/" + "A".repeat(300), "/s/%3Cscript%3E", "/s/..%2Fstaff"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            assertThat(answer.body()).as(path).doesNotContain("Exception", "<script>");
        }
    }

    @Test
    void a_too_long_comment_comes_back_with_the_message_and_the_text_kept() throws Exception {
        String csrf = csrf();
        assertThat(post("/s/" + session.token(), "_csrf=" + csrf + "&score=1").statusCode()).isEqualTo(303);
        String comment = "Liian pitkä <b>kommentti</b> ".repeat(30);

        HttpResponse<String> answer = post("/s/" + session.token() + "/details",
                "_csrf=" + csrf() + "&comment=" + encode(comment) + "&region=NOWHERE");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Liian pitkä &lt;b&gt;kommentti&lt;/b&gt;").doesNotContain("<b>kommentti</b>");
    }

    @Test
    void a_form_far_larger_than_any_phone_sends_is_refused() throws Exception {
        long before = feedback.result(session).count();

        HttpResponse<String> answer = post("/s/" + session.token(), "_csrf=" + csrf() + "&score=2&junk="
                + "x".repeat(100_000));

        assertThat(answer.statusCode()).isIn(400, 403, 413);
        assertThat(feedback.result(session).count()).isEqualTo(before);
    }

    @Test
    void json_instead_of_a_form_is_refused() throws Exception {
        HttpResponse<String> answer = phone.send(HttpRequest.newBuilder(address("/s/" + session.token()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"score\":2}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isIn(403, 415);
    }

    @Test
    void qr_code_sizes_are_clamped_and_nonsense_is_a_bad_request() throws Exception {
        assertThat(get("/s/" + session.token() + "/qr.png?size=99999").statusCode()).isEqualTo(200);
        assertThat(get("/s/" + session.token() + "/qr.png?size=-5").statusCode()).isEqualTo(200);
        assertThat(get("/s/" + session.token() + "/qr.png?size=abc").statusCode()).isEqualTo(400);
    }

    private String csrf() throws Exception {
        Matcher token = CSRF.matcher(get("/s/" + session.token()).body());
        assertThat(token.find()).as("the page carries its CSRF token").isTrue();
        return encode(token.group(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return phone.send(HttpRequest.newBuilder(address(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return phone.send(HttpRequest.newBuilder(address(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI address(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
