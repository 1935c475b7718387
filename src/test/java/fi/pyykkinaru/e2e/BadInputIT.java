package fi.pyykkinaru.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Questions;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionQuestion;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad requests at the phones' endpoints, as a script would send them: each gets a clear answer (a status and a
 * page, never a stack trace) and nothing is stored half-way.
 */
class BadInputIT extends BrowserTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired Feedback feedback;
    @Autowired Questions questions;
    @Autowired JdbcTemplate jdbc;

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

    @Test
    void a_replayed_vote_counts_once() throws Exception {
        long before = feedback.result(session).count();
        String form = "_csrf=" + csrf() + "&score=2";

        assertThat(post("/s/" + session.token(), form).statusCode()).isEqualTo(303);
        assertThat(post("/s/" + session.token(), form).statusCode()).isEqualTo(303);
        assertThat(post("/s/" + session.token(), form).statusCode()).isEqualTo(303);

        assertThat(feedback.result(session).count()).isEqualTo(before + 1);
    }

    @Test
    void another_phones_form_token_is_refused_and_not_counted() throws Exception {
        String theirs = csrf();
        HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        other.send(HttpRequest.newBuilder(address("/s/" + session.token())).build(), HttpResponse.BodyHandlers.ofString());
        long before = feedback.result(session).count();

        HttpResponse<String> answer = other.send(HttpRequest.newBuilder(address("/s/" + session.token()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + theirs + "&score=-2")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(feedback.result(session).count()).isEqualTo(before);
    }

    @Test
    void a_vote_with_another_phones_cookie_replaces_that_vote_and_never_counts_twice() throws Exception {
        CookieManager mine = new CookieManager();
        phone = HttpClient.newBuilder().cookieHandler(mine).build();
        long before = feedback.result(session).count();
        assertThat(post("/s/" + session.token(), "_csrf=" + csrf() + "&score=2").statusCode()).isEqualTo(303);
        assertThat(feedback.result(session).count()).isEqualTo(before + 1);

        // A second phone given every cookie of the first but its server session (which carries the form token).
        CookieManager copied = new CookieManager();
        mine.getCookieStore().getCookies().stream().filter(c -> !c.getName().equals("JSESSIONID"))
                .forEach(c -> copied.getCookieStore().add(address("/s/" + session.token()), c));
        phone = HttpClient.newBuilder().cookieHandler(copied).build();
        assertThat(post("/s/" + session.token(), "_csrf=" + csrf() + "&score=-2").statusCode()).isEqualTo(303);

        assertThat(feedback.result(session).count()).isEqualTo(before + 1);
    }

    @Test
    void forged_voter_cookies_are_never_an_error() throws Exception {
        HttpClient bare = HttpClient.newBuilder().build();
        for (String forged : new String[] {"../../etc/passwd", "<script>alert(1)</script>", "x".repeat(4000),
                "00000000-0000-0000-0000-00000000000g", "%00", "\"\"", "a,b;c"}) {
            HttpResponse<String> page = bare.send(HttpRequest.newBuilder(address("/s/" + session.token()))
                    .header("Cookie", "pyk_voter=" + forged).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(forged).isIn(200, 400);
            assertThat(page.body()).as(forged).doesNotContain("Exception", "<script>alert");
        }
    }

    @Test
    void a_huge_multipart_body_at_a_phone_form_is_refused_and_counts_nothing() throws Exception {
        long before = feedback.result(session).count();
        String boundary = "hostile" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + java.net.URLDecoder.decode(csrf(), StandardCharsets.UTF_8) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"score\"\r\n\r\n2\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../../etc/passwd\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] body = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'x');
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        try {
            HttpResponse<String> answer = phone.send(HttpRequest.newBuilder(address("/s/" + session.token()))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                            HttpRequest.BodyPublishers.ofByteArray(body), HttpRequest.BodyPublishers.ofByteArray(tail)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isIn(400, 403, 413, 415);
            assertThat(answer.body()).doesNotContain("Exception", "at fi.pyykkinaru");
        } catch (java.io.IOException closedMidway) {
            // Tomcat answers, then closes the connection rather than read 20 MB it will not use: refused as well.
        }
        assertThat(feedback.result(session).count()).isEqualTo(before);
    }

    @Test
    void a_huge_form_sent_in_chunks_without_a_length_is_refused_and_counts_nothing() throws Exception {
        long before = feedback.result(session).count();
        byte[] form = ("_csrf=" + csrf() + "&score=2&junk=" + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = phone.send(HttpRequest.newBuilder(address("/s/" + session.token()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isIn(400, 403, 413);
        assertThat(feedback.result(session).count()).isEqualTo(before);
    }

    @Test
    void a_stalled_upload_is_dropped_and_phones_are_served_meanwhile() throws Exception {
        long before = feedback.result(session).count();
        long started = System.nanoTime();
        try (java.net.Socket stalled = new java.net.Socket("localhost", port)) {
            stalled.getOutputStream().write(("POST /s/" + session.token() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n_csrf=")
                    .getBytes(StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();

            // Another phone votes while the stalled one holds its connection.
            assertThat(post("/s/" + session.token(), "_csrf=" + csrf() + "&score=1").statusCode()).isEqualTo(303);
            assertThat(feedback.result(session).count()).isEqualTo(before + 1);

            stalled.setSoTimeout(60_000);
            byte[] answer = stalled.getInputStream().readAllBytes();
            long seconds = java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertThat(seconds).as("dropped after server.tomcat.connection-timeout (20 s), not held").isBetween(15L, 45L);
            assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotContain("Exception");
        }
        assertThat(feedback.result(session).count()).isEqualTo(before + 1);
    }

    @Test
    void a_question_with_control_characters_is_refused_with_the_message_and_not_stored() throws Exception {
        long before = jdbc.queryForObject("select count(*) from session_question where session_id = ?", Long.class,
                session.requireId());

        HttpResponse<String> answer = post("/s/" + session.token() + "/ask", "_csrf=" + csrf() + "&question="
                + encode("Miksi\u0000\u001B[2J näin?"));

        assertThat(answer.statusCode()).isEqualTo(303);
        String shown = get(answer.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(shown).contains("The question has invisible control characters that cannot be saved.");
        assertThat(jdbc.queryForObject("select count(*) from session_question where session_id = ?", Long.class,
                session.requireId())).isEqualTo(before);
    }

    @Test
    void an_upvote_for_another_sessions_question_counts_nowhere() throws Exception {
        Session elsewhere = sessions.programme(session.eventId()).stream().filter(s -> !s.token().equals(session.token()))
                .findFirst().orElseThrow();
        SessionQuestion theirs = questions.ask(elsewhere, "cookie:e2e-asker", "Kysymys toisessa sessiossa");
        long votes = jdbc.queryForObject("select count(*) from question_vote", Long.class);
        try {
            HttpResponse<String> answer = post("/s/" + session.token() + "/upvote", "_csrf=" + csrf() + "&question="
                    + theirs.requireId());

            assertThat(answer.statusCode()).isEqualTo(303);
            assertThat(jdbc.queryForObject("select count(*) from question_vote", Long.class)).isEqualTo(votes);
        } finally {
            questions.hide(elsewhere, theirs.requireId());
        }
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
