package fi.pyykkinaru.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.PyykkinaruWebTest;
import fi.pyykkinaru.clothesline.ui.WriteSlipViewAccess;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.unit.DataSize;

/**
 * A stand whose disk fills up while it runs: visitors' slips and votes are refused
 * politely before anything is written, the typed slip stays on screen, and phones get a 503 page that says so.
 */
@PyykkinaruWebTest
class DiskFullTest extends SpringBrowserlessTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired JdbcClient jdbc;
    @Autowired Feedback feedback;
    @Autowired Sessions sessions;
    @Autowired Events events;
    @Autowired StorageHealth storage;
    @LocalServerPort int port;

    @Value("${pyykkinaru.storage.warn-below:500MB}") DataSize warnBelow;
    @Value("${pyykkinaru.storage.stop-below:50MB}") DataSize stopBelow;

    /** The disk fills up after the stand has started (the lines sit above any disk's size). */
    @BeforeEach
    void fillTheDisk() {
        storage.limits(DataSize.ofTerabytes(2_000_000), DataSize.ofTerabytes(1_000_000));
    }

    /** The server is shared with other HTTP tests ({@link PyykkinaruWebTest}): their disk has room again. */
    @AfterEach
    void clearTheDisk() {
        storage.limits(warnBelow, stopBelow);
    }

    @Test
    void a_slip_is_refused_politely_and_stays_on_screen() {
        int before = count("select count(*) from slip");
        WriteSlipViewAccess form = WriteSlipViewAccess.open(this, "report/supervoima");
        form.type("Levy täynnä, lappu tallessa");
        form.peg();

        assertThat(form.saveErrorShown()).isTrue();
        assertThat(form.typedTitle()).isEqualTo("Levy täynnä, lappu tallessa");
        assertThat(count("select count(*) from slip")).isEqualTo(before);
    }

    @Test
    void a_vote_writes_nothing() {
        Session session = anySession();
        int answers = count("select count(*) from feedback_answer");
        int voters = count("select count(*) from feedback_voter");

        assertThatThrownBy(() -> feedback.vote(session, "disk-full-voter", Score.of(2), Channel.KIOSK))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(count("select count(*) from feedback_answer")).isEqualTo(answers);
        assertThat(count("select count(*) from feedback_voter")).isEqualTo(voters);
    }

    @Test
    void a_phone_is_told_with_a_503_page() throws Exception {
        Session session = anySession();
        HttpClient http = HttpClient.newHttpClient();
        String page = "http://localhost:" + port + "/s/" + session.token();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String cookies = String.join("; ", form.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());

        HttpResponse<String> vote = http.send(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .header("Accept-Language", "fi-FI")
                .POST(HttpRequest.BodyPublishers.ofString("score=2&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(vote.statusCode()).isEqualTo(503);
        assertThat(vote.body()).contains("Tallennus ei juuri nyt onnistu")
                .contains("<a href=\"/s/" + session.token() + "\">Yritä uudelleen</a>");
    }

    @Test
    @WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
    void staff_see_why_on_every_page() {
        navigate("staff/print", Component.class);
        Div warning = $(Div.class).id("storage-warning");

        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("Levy on täynnä").contains("ei tallenneta");
    }

    private Session anySession() {
        return sessions.programme(events.current().orElseThrow().id()).getFirst();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
