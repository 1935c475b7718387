package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruWebTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The call's public pages over plain HTTP, as a browser without JavaScript uses them: every question with its test
 * id in each language, CSRF, Post/Redirect/Get to the private page, problems as 422 with every word kept, a
 * language switch that stores nothing, a closed call's 409, and the private page's steps.
 */
@PyykkinaruWebTest
class CallPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    @Autowired Calls calls;
    @Autowired Events events;
    @Autowired Applications applications;
    @Autowired ProposalRepository proposals;
    @Autowired Sessions sessions;
    @LocalServerPort int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Event event() {
        return TestEvents.create(events, ModerationPolicy.PUBLISH);
    }

    @Test
    void the_events_page_is_its_one_open_calls_form_with_every_question_by_its_test_id_in_each_language()
            throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);

        HttpResponse<String> finnish = get("/call/" + event.slug());

        assertThat(finnish.statusCode()).isEqualTo(200);
        assertThat(finnish.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(finnish.body()).contains("<html lang=\"fi\">", "<h1>Haku ohjelman sessioihin</h1>",
                "<textarea id=\"call-q-1\" name=\"q.idea\"", "<textarea id=\"call-q-4\" name=\"q.interaction\"",
                "<fieldset class=\"contact\" id=\"call-q-5\">", "<textarea id=\"call-q-6\" name=\"q.wishes\"",
                "id=\"call-responsible-name\"", "id=\"call-responsible-organisation\"",
                "id=\"call-responsible-email\"", "id=\"call-responsible-phone\"", "id=\"call-title\"",
                "id=\"call-save\"", "id=\"call-submit\"", "Enintään 1\u00a0500 merkkiä.", "id=\"call-privacy\"",
                "Tallennamme vastauksesi ja vastuuhenkilön yhteystiedot", "name=\"_csrf\"")
                .containsPattern("name=\"key\" value=\"[A-Za-z0-9_-]{32}\"")
                .doesNotContain("id=\"call-q-7\"");
        assertThat(get("/call/" + event.slug() + "?lang=sv").body()).contains("<html lang=\"sv\">",
                "Ansökan om programpass", "Beskriv kort idén med sessionen.");
        assertThat(get("/call/" + event.slug() + "/sessions", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\">",
                "Call for programme sessions", "Describe the idea of the session briefly.");
    }

    @Test
    void several_open_calls_offer_a_choice_and_each_has_its_own_address() throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);
        calls.open(event, CallKind.TAKEOVER);

        HttpResponse<String> chooser = get("/call/" + event.slug() + "?lang=en");

        assertThat(chooser.statusCode()).isEqualTo(200);
        assertThat(chooser.body()).contains("<main id=\"call-chooser\">", "href=\"/call/" + event.slug()
                + "/sessions?lang=en\"", "href=\"/call/" + event.slug() + "/takeover?lang=en\"");
        assertThat(get("/call/" + event.slug() + "/takeover?lang=en").body()).contains("Call for stand takeovers",
                "id=\"call-terms\"", "<input type=\"checkbox\" id=\"call-q-6\" name=\"q.accept\" value=\"yes\"");
    }

    @Test
    void an_unknown_event_kind_or_link_and_an_event_without_a_call_are_a_translated_404() throws Exception {
        Event event = event();
        for (String path : new String[] {"/call/no-such-event", "/call/" + event.slug(),
                "/call/" + event.slug() + "/nonsense", "/call/" + event.slug() + "/p/" + PrivateLinks.newSecret(),
                "/call/NOT_A_SLUG"}) {
            HttpResponse<String> page = get(path + "?lang=en");

            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("<h1>Call not found</h1>").doesNotContain("vaadin");
        }
    }

    @Test
    void a_call_not_yet_open_says_when_it_opens_and_a_closed_one_that_proposals_are_being_reviewed() throws Exception {
        Event event = event();
        Call upcoming = moved(calls.open(event, CallKind.SESSIONS), Duration.ofDays(2));
        Event other = event();
        Call closed = moved(calls.open(other, CallKind.SESSIONS), Duration.ofDays(-40));

        assertThat(get("/call/" + event.slug()).body()).contains("<main id=\"call-not-open\">", "Haku avautuu")
                .doesNotContain("call-submit");
        assertThat(get("/call/" + other.slug() + "?lang=en").body()).contains("<main id=\"call-closed\">",
                "The call closed", "The proposals are being reviewed now").doesNotContain("call-submit");
        assertThat(upcoming.id()).isNotEqualTo(closed.id());
    }

    @Test
    void a_post_without_the_forms_token_is_refused() throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);

        HttpResponse<String> forged = send("/call/" + event.slug() + "/sessions",
                "lang=fi&action=save&key=" + PrivateLinks.newSecret() + "&q.idea=x");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(proposals.findByEventId(event.requireId())).isEmpty();
    }

    @Test
    void a_form_sent_after_the_servers_session_has_expired_is_still_taken() throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient writer = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = writer.send(HttpRequest.newBuilder(uri("/call/" + event.slug())).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        Matcher key = KEY.matcher(page);
        assertThat(csrf.find() && key.find()).isTrue();

        // An hour of writing later the server's session is gone: the browser has only the cookies it keeps.
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        HttpResponse<String> sent = writer.send(HttpRequest.newBuilder(uri("/call/" + event.slug() + "/sessions"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("lang=fi&action=save&q.idea=" + encode("Pitkään mietitty.")
                        + "&key=" + key.group(1) + "&_csrf=" + encode(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(proposals.findByEventId(event.requireId())).singleElement()
                .satisfies(p -> assertThat(p.answer("idea")).isEqualTo("Pitkään mietitty."));
    }

    @Test
    void saving_redirects_to_the_private_page_which_shows_the_link_in_full_and_as_a_qr_code() throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);
        Form form = form("/call/" + event.slug());

        HttpResponse<String> saved = form.post("lang=fi&action=save&q.idea=" + encode("Penkkikahvila."));

        assertThat(saved.statusCode()).isEqualTo(303);
        String privatePath = "/call/" + event.slug() + "/p/" + form.key;
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(privatePath + "?lang=fi&done=saved"));
        HttpResponse<String> page = get(privatePath + "?lang=fi&done=saved");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(page.body()).contains("<h1>Penkkikahvila</h1>", "Tallennettu keskeneräisenä",
                "<strong>Keskeneräinen</strong>", "ainoa tie takaisin", ">Penkkikahvila.</textarea>",
                "src=\"" + privatePath + "/qr.png\"", "id=\"call-withdraw\"")
                .containsPattern("<a id=\"call-private-link\" href=\"(https?://[^\"]+)" + Pattern.quote(privatePath)
                        + "\">\\1" + Pattern.quote(privatePath) + "</a>");
        HttpResponse<byte[]> qr = browser.send(HttpRequest.newBuilder(uri(privatePath + "/qr.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).contains("image/png");
    }

    @Test
    void sending_with_problems_is_422_with_a_summary_linking_to_the_fields_and_every_word_kept() throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);
        Form form = form("/call/" + event.slug() + "?lang=en");
        String idea = "<b>Bench café</b> & decision-makers\r\nsecond line";

        HttpResponse<String> refused = form.post("lang=en&action=submit&q.idea=" + encode(idea)
                + "&name=Maija&email=" + encode("maija.example.org") + "&title=" + encode("My \"title\""));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<html lang=\"en\">", "id=\"call-errors\"",
                "Please correct these 4 items before sending", "<a href=\"#call-q-2\">Question 2: Please answer this question.</a>", "<a href=\"#call-responsible-email\">",
                ">&lt;b&gt;Bench café&lt;/b&gt; &amp; decision-makers\nsecond line</textarea>",
                "value=\"maija.example.org\"", "value=\"My &#34;title&#34;\"", "value=\"" + form.key + "\"",
                "it looks like name@example.org", "aria-invalid=\"true\"")
                .doesNotContain("<b>Bench");
        assertThat(applications.bySecret(form.key)).isEmpty();
    }

    @Test
    void switching_language_brings_the_form_back_in_that_language_still_filled_in_and_stores_nothing()
            throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);
        Form form = form("/call/" + event.slug());

        HttpResponse<String> swedish = form.post("lang=fi&to=sv&q.idea=" + encode("Idea kesken") + "&name=Maija");

        assertThat(swedish.statusCode()).isEqualTo(200);
        assertThat(swedish.body()).contains("<html lang=\"sv\">", ">Idea kesken</textarea>", "value=\"Maija\"",
                "value=\"" + form.key + "\"").doesNotContain("id=\"call-errors\"");
        assertThat(applications.bySecret(form.key)).isEmpty();
    }

    @Test
    void the_same_form_sent_twice_stores_one_proposal_and_both_lead_to_its_page() throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);
        Form form = form("/call/" + event.slug());

        HttpResponse<String> first = form.post("lang=fi&action=save&q.idea=Kerran");
        HttpResponse<String> again = form.post("lang=fi&action=save&q.idea=Kahdesti");

        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(proposals.findByEventId(event.requireId())).hasSize(1).first()
                .satisfies(p -> assertThat(p.answer("idea")).isEqualTo("Kahdesti"));
    }

    @Test
    void a_call_that_closed_while_the_form_was_open_refuses_with_409_and_shows_what_was_typed() throws Exception {
        Event event = event();
        Call call = calls.open(event, CallKind.SESSIONS);
        Form form = form("/call/" + event.slug());
        moved(call, Duration.ofDays(-40));

        HttpResponse<String> refused = form.post("lang=fi&action=submit&q.idea=" + encode("Myöhässä mutta tallessa"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"call-notice\"", "Haku ei ole nyt auki",
                ">Myöhässä mutta tallessa</textarea>", "readonly").doesNotContain("id=\"call-submit\"");
        assertThat(proposals.findByEventId(event.requireId())).isEmpty();
    }

    @Test
    void withdrawing_asks_first_on_a_page_of_its_own_then_the_page_says_withdrawn() throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);
        Form form = form("/call/" + event.slug());
        form.post("lang=fi&action=save&q.idea=Idea");
        String privatePath = "/call/" + event.slug() + "/p/" + form.key;

        HttpResponse<String> ask = get(privatePath + "/withdraw?lang=en");
        assertThat(ask.body()).contains("Withdraw the proposal?", "id=\"call-withdraw-confirm\"");
        Matcher csrf = CSRF.matcher(ask.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> done = send(privatePath + "/withdraw", "lang=en&_csrf=" + encode(csrf.group(1)));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(get(privatePath + "?lang=en&done=withdrawn").body()).contains("<strong>Withdrawn</strong>",
                "The proposal was withdrawn").doesNotContain("id=\"call-withdraw\"", "id=\"call-submit\"");
    }

    @Test
    void a_chosen_proposals_page_shows_the_decision_the_session_to_be_announced_and_its_checklist() throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);
        Form form = form("/call/" + event.slug());
        form.post("lang=en&action=save&q.idea=Idea");
        Proposal p = applications.bySecret(form.key).orElseThrow();
        proposals.save(new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(),
                ProposalStatus.CHOSEN, p.language(), p.title(), p.responsibleName(), p.responsibleOrganisation(),
                p.responsibleEmail(), p.responsiblePhone(), p.answers(), "Welcome to the programme!",
                Instant.parse("2026-11-02T10:00:00Z"), null, null, p.tasks(), null, false, p.createdAt(),
                p.submittedAt(), p.updatedAt(), p.version()));
        String privatePath = "/call/" + event.slug() + "/p/" + form.key;

        String page = get(privatePath).body();

        assertThat(page).contains("<html lang=\"en\">", "id=\"call-decision\"", "Welcome to the programme!",
                "Decision of 2 Nov 2026", "Time and room to be announced.", "Involve the key people",
                "id=\"call-task-4-text\"", "No text saved yet.").doesNotContain("id=\"call-letter\"", "id=\"call-submit\"");
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        assertThat(send(privatePath + "/tasks", "lang=en&op=tick&index=0&_csrf=" + encode(csrf.group(1))).statusCode())
                .isEqualTo(303);
        assertThat(send(privatePath + "/marketing", "lang=en&text=" + encode("Come and ask!") + "&_csrf="
                + encode(csrf.group(1))).statusCode()).isEqualTo(303);
        HttpResponse<String> empty = send(privatePath + "/tasks", "lang=en&op=add&text=+&_csrf=" + encode(csrf.group(1)));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Please write the task.");
        assertThat(get(privatePath).body()).contains("1 of 4 done", "aria-pressed=\"true\"",
                ">Come and ask!</textarea>", "Waiting for the organisers' approval.");
    }

    @Test
    void a_chosen_session_in_the_programme_shows_its_time_and_room_and_after_it_its_feedback_letter() throws Exception {
        Event event = event();
        calls.open(event, CallKind.SESSIONS);
        Form form = form("/call/" + event.slug());
        form.post("lang=fi&action=save&q.idea=Idea");
        Session session = sessions.save(new Session(null, event.requireId(), SessionTokens.next(), "Penkkikahvila",
                "Päättäjät kuuntelevat.", Instant.parse("2026-01-01T08:00:00Z"), Instant.parse("2026-01-01T09:00:00Z"),
                "Sali B", "Maija", "maija@example.org", "Järjestö ry", SessionOrigin.OPEN_CALL, "fi", 0));
        Proposal p = applications.bySecret(form.key).orElseThrow();
        proposals.save(new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(),
                ProposalStatus.CHOSEN, p.language(), p.title(), p.responsibleName(), p.responsibleOrganisation(),
                p.responsibleEmail(), p.responsiblePhone(), p.answers(), "Valittu!", Instant.now(), session.id(), null,
                p.tasks(), null, false, p.createdAt(), p.submittedAt(), p.updatedAt(), p.version()));
        String privatePath = "/call/" + event.slug() + "/p/" + form.key;

        assertThat(get(privatePath).body()).contains("<strong id=\"call-session-title\">Penkkikahvila</strong>",
                "1.1.2026 10.00–11.00 · Sali B", "Päättäjät kuuntelevat.", "href=\"" + privatePath + "/letter.pdf?lang=fi\"");
        HttpResponse<byte[]> letter = browser.send(HttpRequest.newBuilder(uri(privatePath + "/letter.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(letter.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(browser.send(HttpRequest.newBuilder(uri("/call/" + event.slug() + "/p/" + PrivateLinks.newSecret()
                + "/letter.pdf")).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }

    private Call moved(Call call, Duration by) {
        Call current = calls.find(call.requireId()).orElseThrow();
        return calls.save(new Call(current.id(), current.eventId(), current.kind(), current.opensAt().plus(by),
                current.closesAt().plus(by), current.intro(), current.terms(), current.chosenMessage(),
                current.declinedMessage(), current.questions(), current.criteria(), current.version()));
    }

    /** A form as a browser got it: its action, token and key. */
    private final class Form {
        final String action;
        final String csrf;
        final String key;

        Form(String action, String csrf, String key) {
            this.action = action;
            this.csrf = csrf;
            this.key = key;
        }

        HttpResponse<String> post(String fields) throws Exception {
            return send(action, fields + "&key=" + key + "&_csrf=" + encode(csrf));
        }
    }

    private Form form(String path) throws Exception {
        String page = get(path).body();
        Matcher csrf = CSRF.matcher(page);
        Matcher key = KEY.matcher(page);
        Matcher action = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\" id=\"call-form\"").matcher(page);
        assertThat(csrf.find() && key.find() && action.find()).as("the form of " + path).isTrue();
        return new Form(action.group(1), csrf.group(1), key.group(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "fi-FI,fi;q=0.9,en;q=0.5");
    }

    private HttpResponse<String> get(String path, String languages) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Accept-Language", languages).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
