package fi.pyykkinaru.session.phone;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.i18n.Translations;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The phones' admission: what a phone gets when the server already works on as many phone requests as it takes
 * (503, Retry-After, its own language, what it sent kept), and that the stand's requests are never held. No
 * timing: the server is made full by a request that is still inside the chain when the next one comes.
 */
class PhoneAdmissionTest {

    private final PhoneAdmission admission = new PhoneAdmission(1, Duration.ZERO, 0, Duration.ofSeconds(5),
            new PhoneTemplates(), new Translations());

    /** Sends {@code second} while a first phone page request is still being answered; returns what it got. */
    private MockHttpServletResponse whileFull(MockHttpServletRequest second) throws Exception {
        List<MockHttpServletResponse> answers = new ArrayList<>();
        FilterChain firstChain = (request, response) -> {
            MockHttpServletResponse answer = new MockHttpServletResponse();
            admission.doFilter(second, answer, (r, s) -> ((MockHttpServletResponse) s).setStatus(200));
            answers.add(answer);
        };
        admission.doFilter(new MockHttpServletRequest("GET", "/s/ABC123"), new MockHttpServletResponse(), firstChain);
        return answers.getFirst();
    }

    @Test
    void a_phone_beyond_capacity_is_answered_at_once_with_503_retry_after_and_a_page_that_reloads_itself() throws Exception {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/s/ABC123");
        page.setQueryString("lang=en");
        page.setParameter("lang", "en");

        MockHttpServletResponse busy = whileFull(page);

        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
        assertThat(busy.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(busy.getContentType()).startsWith("text/html");
        assertThat(busy.getContentAsString()).contains("<html lang=\"en\"", "Many are voting right now",
                "<meta http-equiv=\"refresh\" content=\"5\">", "href=\"/s/ABC123?lang=en\"");
    }

    @Test
    void a_turned_away_vote_comes_back_with_the_choice_what_was_typed_and_its_token_behind_send_again() throws Exception {
        MockHttpServletRequest vote = new MockHttpServletRequest("POST", "/s/ABC123/details");
        vote.setParameter("lang", "sv");
        vote.setParameter("comment", "Bra \"<b>\" session");
        vote.setParameter("region", "UUSIMAA");
        vote.setParameter("_csrf", "token-1");
        vote.setParameter("password", "not ours");

        String page = whileFull(vote).getContentAsString();

        assertThat(page).contains("<html lang=\"sv\"", "Många svarar just nu", "action=\"/s/ABC123/details\"",
                "name=\"comment\" value=\"Bra &#34;&lt;b>&#34; session\"", "name=\"region\" value=\"UUSIMAA\"",
                "name=\"_csrf\" value=\"token-1\"", "id=\"busy-send-again\"", "Skicka igen")
                .doesNotContain("http-equiv=\"refresh\"", "password", "<b>");
    }

    @Test
    void a_score_is_kept_in_the_phones_own_language() throws Exception {
        MockHttpServletRequest vote = new MockHttpServletRequest("POST", "/s/ABC123");
        vote.addPreferredLocale(java.util.Locale.forLanguageTag("fi-FI"));
        vote.setParameter("score", "2");

        String page = whileFull(vote).getContentAsString();

        assertThat(page).contains("<html lang=\"fi\"", "Moni vastaa juuri nyt", "name=\"score\" value=\"2\"", "Lähetä uudelleen");
    }

    @Test
    void the_stand_screens_and_the_qr_image_are_never_held() throws Exception {
        assertThat(whileFull(new MockHttpServletRequest("POST", "/")).getStatus()).isEqualTo(200);
        assertThat(whileFull(new MockHttpServletRequest("GET", "/VAADIN/build/x.js")).getStatus()).isEqualTo(200);
        assertThat(whileFull(new MockHttpServletRequest("GET", "/staff")).getStatus()).isEqualTo(200);
        assertThat(whileFull(new MockHttpServletRequest("GET", "/s/ABC123/qr.png")).getStatus()).isEqualTo(200);
        assertThat(whileFull(new MockHttpServletRequest("GET", "/session/x")).getStatus()).isEqualTo(200);
    }

    @Test
    void a_turn_is_given_back_when_the_request_is_answered() throws Exception {
        whileFull(new MockHttpServletRequest("GET", "/s/ABC123"));

        MockHttpServletResponse next = new MockHttpServletResponse();
        admission.doFilter(new MockHttpServletRequest("GET", "/s/ABC123"), next, (r, s) -> ((MockHttpServletResponse) s).setStatus(200));

        assertThat(next.getStatus()).isEqualTo(200);
    }

    @Test
    void an_open_pages_own_refresh_is_turned_away_bare_and_first() throws Exception {
        MockHttpServletRequest refresh = new MockHttpServletRequest("GET", "/s/ABC123");
        refresh.addHeader("X-Pyk-Refresh", "1");

        MockHttpServletResponse busy = whileFull(refresh);

        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
        assertThat(busy.getContentAsString()).isEmpty();
    }
}
