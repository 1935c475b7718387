package fi.pyykkinaru.session.phone;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruWebTest;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a phone gets over plain HTTP from the addresses printed on paper and from addresses that lead nowhere: the
 * code page behind the poster's "open …/s and type the code", its tolerance and its messages, the follow-up form's
 * language switch that keeps what was typed, and the app's own not-found page instead of a login or Vaadin's text.
 */
@PyykkinaruWebTest
class PhoneCodePageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired Sessions sessions;
    @Autowired Events events;
    @Autowired Feedback feedback;
    @LocalServerPort int port;

    private final HttpClient phone = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_posters_short_address_opens_a_field_for_the_code_not_the_staff_login() throws Exception {
        for (String path : new String[] {"/s", "/s/"}) {
            HttpResponse<String> page = get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"fi\">", "<h1>Anna session koodi</h1>", "id=\"session-code\"",
                    "<form method=\"get\" action=\"/s\" id=\"code-form\">").doesNotContain("vaadin-login");
        }
    }

    @Test
    void a_code_typed_in_any_case_with_spaces_dashes_or_as_the_whole_address_opens_its_session() throws Exception {
        String token = anySession().token();
        String spaced = token.substring(0, 4).toLowerCase() + " - " + token.substring(4).toLowerCase();

        for (String typed : new String[] {token, spaced, " " + token.toLowerCase() + ". ",
                "http://10.0.0.5:8080/s/" + token}) {
            HttpResponse<String> opened = get("/s?lang=sv&code=" + encode(typed));

            assertThat(opened.statusCode()).as(typed).isEqualTo(303);
            assertThat(opened.headers().firstValue("Location")).as(typed).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/s/" + token + "?lang=sv"));
        }
    }

    @Test
    void a_wrong_code_comes_back_in_the_field_with_a_message_that_says_what_to_check() throws Exception {
        HttpResponse<String> unknown = get("/s?lang=en&code=" + encode("zzzz zzzz"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("value=\"zzzz zzzz\"", "aria-invalid=\"true\"",
                "No session has the code zzzz zzzz. Check the code on the poster");

        HttpResponse<String> misread = get("/s?code=" + encode("AB0D-EF1H"));
        assertThat(misread.statusCode()).isEqualTo(422);
        assertThat(misread.body()).contains("value=\"AB0D-EF1H\"", "Koodeissa ei ole kirjaimia O, I ja L");

        HttpResponse<String> shortCode = get("/s?lang=sv&code=ABC");
        assertThat(shortCode.body()).contains("En kod har 8 tecken");

        HttpResponse<String> hostile = get("/s?code=" + encode("\"><script>alert(1)</script>"));
        assertThat(hostile.body()).doesNotContain("<script>");
    }

    @Test
    void switching_the_code_pages_language_keeps_what_was_typed_and_judges_nothing_yet() throws Exception {
        HttpResponse<String> swedish = get("/s?lang=fi&code=ABC&to=sv");

        assertThat(swedish.statusCode()).isEqualTo(200);
        assertThat(swedish.body()).contains("<html lang=\"sv\">", "value=\"ABC\"").doesNotContain("role=\"alert\"");
    }

    @Test
    void a_mistyped_session_address_is_a_404_page_with_the_code_field_holding_what_was_typed() throws Exception {
        HttpResponse<String> page = get("/s/ZZZZZZZ9?lang=en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<main id=\"not-found\" tabindex=\"-1\">", "<h1>Session not found</h1>",
                "value=\"ZZZZZZZ9\"", "id=\"code-open\"");
    }

    @Test
    void switching_language_on_the_follow_up_form_keeps_the_answers_just_typed() throws Exception {
        Session session = anySession();
        String page = "/s/" + session.token();
        post(page, "score=1");

        HttpResponse<String> switched = post(page + "/details", "lang=fi&comment=" + encode("Hyvä & selkeä")
                + "&region=KAINUU&organisationType=NGO&attendance=ON_SITE&to=en");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(page + "?lang=en"));
        String english = get(page + "?lang=en").body();
        assertThat(english).contains("<html lang=\"en\">", ">Hyvä &amp; selkeä</textarea>",
                "value=\"KAINUU\" selected", "value=\"NGO\" selected", "value=\"ON_SITE\" checked")
                .doesNotContain("Thank you! Your details were saved");
    }

    @Test
    void the_follow_up_forms_address_opened_again_leads_back_to_the_session() throws Exception {
        String page = "/s/" + anySession().token();

        HttpResponse<String> again = get(page + "/details?lang=sv");

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(page + "?lang=sv"));
    }

    @Test
    void an_unknown_address_is_the_apps_own_404_page_for_a_stranger_and_a_staff_address_asks_for_the_login()
            throws Exception {
        for (String path : new String[] {"/foo", "/feedback/nonsense", "/slip/999999", "/s/ZZZZZZZ9/nonsense"}) {
            HttpResponse<String> page = get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            // Vaadin draws the first page from the answer it sends with it: the page's words are in there.
            assertThat(page.body()).as(path).contains("\"value\":\"not-found\"", "Sivua ei löytynyt")
                    .doesNotContain("Could not navigate", "vaadin-login", "Exception", "staff/accounts");
        }
        HttpResponse<String> staff = get("/staff/nonsense");
        assertThat(staff.statusCode()).isEqualTo(302);
        assertThat(staff.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    private Session anySession() {
        return sessions.programme(events.current().orElseThrow().requireId()).getFirst();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return phone.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Accept-Language", "fi-FI,fi;q=0.9,en;q=0.5").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        String session = path.replaceFirst("^(/s/[^/]+).*$", "$1");
        Matcher csrf = CSRF.matcher(get(session).body());
        assertThat(csrf.find()).as("the page's CSRF token").isTrue();
        return phone.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
