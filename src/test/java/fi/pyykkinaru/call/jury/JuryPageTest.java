package fi.pyykkinaru.call.jury;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruWebTest;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.Criterion;
import fi.pyykkinaru.call.Jury;
import fi.pyykkinaru.call.JuryScores;
import fi.pyykkinaru.call.PitchDraft;
import fi.pyykkinaru.call.Pitches;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.call.Review;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A jury member's phone page over plain HTTP: their call's pitches with their own scores only, a save that lands
 * back at the pitch with a note, wrong scores coming back as typed with messages, the language buttons that keep
 * what was typed, and a friendly page for a link that opens nothing; and the pitcher's letter behind their link.
 */
@PyykkinaruWebTest
class JuryPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired Events events;
    @Autowired Calls calls;
    @Autowired Jury jury;
    @Autowired Pitches pitches;
    @Autowired JuryScores scores;
    @LocalServerPort int port;

    private final HttpClient phone = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Call call;
    private Proposal first;
    private Proposal second;
    private String secret;
    private Pitches.AddedPitch added;

    @BeforeEach
    void aPitchCallWithTwoPitchesAndTwoMembers() {
        Event sample = events.bySlug("sample").orElseThrow();
        call = calls.open(sample, CallKind.PITCH);
        added = pitches.add(call, new PitchDraft("Kylätaksi", "Pekka Pitchaaja", "Kyläyhdistys", "", "fi"));
        first = added.pitch();
        second = pitches.add(call, new PitchDraft("<b>Ruokaraati</b>", "Sara", "", "", "sv")).pitch();
        secret = jury.add(call, "Maija").secret();
        Jury.NewLink other = jury.add(call, "Matti");
        scores.save(call, other.member(), first, new fi.pyykkinaru.call.JuryScoreDraft(all("1"), "Matin salainen kommentti"));
    }

    @Test
    void the_page_lists_the_pitches_in_order_with_big_choices_and_nothing_of_other_members() throws Exception {
        HttpResponse<String> page = get("/jury/" + secret);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fi\">", "Hei Maija!", "id=\"pitch-" + first.id() + "\"",
                "Pekka Pitchaaja · Kyläyhdistys", "&lt;b&gt;Ruokaraati&lt;/b&gt;",
                "id=\"s-" + first.id() + "-clarity-5\"", "name=\"_csrf\"")
                .doesNotContain("Matin salainen kommentti", "\" checked", "<b>");
        assertThat(page.body().indexOf("pitch-" + first.id())).isLessThan(page.body().indexOf("pitch-" + second.id()));
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void a_save_lands_back_at_the_pitch_with_a_note_and_the_scores_stay_editable() throws Exception {
        Map<String, String> form = form(first, "4", "Hyvä!");
        form.put("save", String.valueOf(first.id()));

        HttpResponse<String> saved = post("/jury/" + secret, form);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .endsWith("/jury/" + secret + "?lang=fi&saved=" + first.id() + "#pitch-" + first.id());
        HttpResponse<String> back = get("/jury/" + secret + "?lang=fi&saved=" + first.id());
        assertThat(back.body()).contains("id=\"saved-" + first.id() + "\">✓ Arvio tallennettu.",
                "id=\"s-" + first.id() + "-clarity-4\" checked", ">Hyvä!</textarea>");

        form = form(first, "2", "Sittenkin näin.");
        form.put("save", String.valueOf(first.id()));
        post("/jury/" + secret, form);
        List<Review> reviews = scores.ofPitch(first.requireId());
        assertThat(reviews).hasSize(2);
        assertThat(reviews).filteredOn(r -> !r.comment().startsWith("Matin")).singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("Sittenkin näin."))
                .satisfies(r -> assertThat(r.scores().values()).allMatch(s -> s.score() == 2));
    }

    @Test
    void a_missing_score_comes_back_as_typed_with_a_message_and_nothing_saved() throws Exception {
        Map<String, String> form = form(first, "5", "Kesken <script>");
        form.remove("s-" + first.id() + "-impact");
        form.put("s-" + second.id() + "-clarity", "3");
        form.put("save", String.valueOf(first.id()));

        HttpResponse<String> refused = post("/jury/" + secret, form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Arviota ei tallennettu", "id=\"s-" + first.id() + "-impact-error\">Valitse pisteet 1–5.",
                "id=\"s-" + first.id() + "-clarity-5\" checked", ">Kesken &lt;script&gt;</textarea>",
                "id=\"s-" + second.id() + "-clarity-3\" checked");
        assertThat(scores.ofPitch(first.requireId())).hasSize(1);
    }

    @Test
    void the_language_buttons_keep_what_was_typed_and_save_nothing() throws Exception {
        Map<String, String> form = form(first, "3", "Bra");
        form.put("to", "sv");

        HttpResponse<String> swedish = post("/jury/" + secret, form);

        assertThat(swedish.statusCode()).isEqualTo(200);
        assertThat(swedish.body()).contains("<html lang=\"sv\">", "Hej Maija!", "id=\"s-" + first.id() + "-clarity-3\" checked",
                ">Bra</textarea>", "Spara bedömningen");
        assertThat(scores.ofPitch(first.requireId())).hasSize(1);
    }

    @Test
    void a_link_that_opens_nothing_gets_a_friendly_page() throws Exception {
        String removed = jury.add(call, "Poistuva").secret();
        jury.remove(jury.byLink(removed).orElseThrow().requireId());

        for (String link : List.of("nonsense", "A".repeat(32), removed)) {
            HttpResponse<String> page = get("/jury/" + link + "?lang=en");
            assertThat(page.statusCode()).as(link).isEqualTo(404);
            assertThat(page.body()).as(link).contains("id=\"jury-not-found\"", "This link does not work")
                    .doesNotContain("vaadin");
        }
    }

    @Test
    void the_pitcher_gets_their_letter_behind_their_own_link_and_nobody_else_does() throws Exception {
        HttpResponse<byte[]> letter = phone.send(HttpRequest.newBuilder(uri("/call/sample/p/" + added.secret()
                + "/pitch-letter.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(letter.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(get("/call/other-event/p/" + added.secret() + "/pitch-letter.pdf").statusCode()).isEqualTo(404);
        assertThat(get("/call/sample/p/" + "B".repeat(32) + "/pitch-letter.pdf").statusCode()).isEqualTo(404);
        assertThat(get("/call/sample/p/" + added.secret() + "/slips.csv").statusCode())
                .as("a pitch has no takeover slot").isEqualTo(404);
    }

    private Map<String, String> all(String score) {
        return call.criteria().stream().collect(Collectors.toMap(Criterion::key, c -> score));
    }

    private Map<String, String> form(Proposal pitch, String score, String comment) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher csrf = CSRF.matcher(get("/jury/" + secret).body());
        assertThat(csrf.find()).isTrue();
        form.put("_csrf", csrf.group(1));
        form.put("lang", "fi");
        call.criteria().forEach(c -> form.put("s-" + pitch.id() + "-" + c.key(), score));
        form.put("c-" + pitch.id(), comment);
        return form;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return phone.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "fi").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return phone.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
