package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.FeedbackChanged;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.VoterTags;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

class ScanIT extends BrowserTest {

    // The fake camera starts and the decoder's WebAssembly compiles on a busy box before the first frame is read.
    private static final LocatorAssertions.HasTextOptions GUIDANCE_SOON = new LocatorAssertions.HasTextOptions().setTimeout(10_000);

    @Autowired Feedback feedback;
    @Autowired Registrations registrations;
    @Autowired BadgePrinting badges;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;

    private static Page standScreenOf(Browser browser, int port) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)
                .setLocale("fi-FI").setBaseURL("http://localhost:" + port).setPermissions(List.of("camera")));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    @Test
    void the_stand_camera_reads_a_session_poster_and_the_visitor_votes() throws Exception {
        Session session = sampleSession("Kokemusasiantuntijat palvelujen kehittäjinä");
        Path video = FakeCamera.filming("http://localhost:" + port + "/s/" + session.token(),
                Path.of("target/test-data/camera-" + session.token() + ".y4m"));
        long before = feedback.result(session).count();
        Page presenter = standScreen();
        presenter.navigate("/s/" + session.token() + "/results");
        assertThat(presenter.locator("#result-count")).hasText(String.valueOf(before));
        try (Browser filming = chromiumFilming(video)) {
            Page kiosk = standScreenOf(filming, port);
            List<String> requests = new ArrayList<>();
            kiosk.onRequest(request -> requests.add(request.url()));
            kiosk.navigate("/");
            kiosk.locator("#scan-session").click();

            assertThat(kiosk).hasURL(Pattern.compile(".*/feedback/" + session.token()),
                    new PageAssertions.HasURLOptions().setTimeout(10_000));
            assertThat(kiosk.locator("h1")).hasText(session.title());
            kiosk.locator("#vote-p2").click();
            assertThat(kiosk.locator("#vote-p2")).hasAttribute("aria-pressed", "true");
            screenshot(kiosk, "kiosk-feedback-1920x1080");
            // The decoder's WebAssembly came with the app, as everything else: a stand has no internet.
            assertThat(requests).anySatisfy(url -> assertThat(url).matches("http://localhost:" + port + "/.*\\.wasm"));
            assertThat(requests).allSatisfy(url -> assertThat(URI.create(url).getAuthority()).isEqualTo("localhost:" + port));
            // The presenter's screen in another browser follows within a second.
            assertThat(presenter.locator("#result-count")).hasText(String.valueOf(before + 1),
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(1_500));
        }
        assertThat(feedback.result(session).count()).isEqualTo(before + 1);
        assertThat(feedback.result(session).distribution().get(Score.P2)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_code_that_is_not_ours_gets_a_clear_message() throws Exception {
        Path video = FakeCamera.filming("https://example.com/not-a-session", Path.of("target/test-data/camera-foreign.y4m"));
        try (Browser filming = chromiumFilming(video)) {
            Page kiosk = standScreenOf(filming, port);
            kiosk.navigate("/scan");

            assertThat(kiosk.locator("#scan-message")).containsText("ei ole tapahtuman session koodi");
            assertThat(kiosk).hasURL(Pattern.compile(".*/scan"));
            screenshot(kiosk, "scan-foreign-1920x1080");
        }
    }

    @Test
    void a_badge_shown_to_the_camera_marks_the_vote_with_the_secret_in_its_qr_not_its_code(@TempDir Path dir)
            throws Exception {
        Session session = sampleSession("Digituki lähellä ihmistä");
        Event event = events.current().orElseThrow();
        Registration visitor = registrations.register(event, new RegistrationDraft("Kaisa Kamera", null, null, null,
                List.of("fi"), null, false), RegistrationSource.KIOSK);
        String secret = "";
        try {
            // What the camera sees: the badge as drawn for paper, read back by zbarimg.
            String qr = PdfChecks.qrCodes(badges.pdf(visitor, event), dir).getFirst();
            secret = BadgeCodes.votingSecret(qr).orElseThrow();
            assertThat(qr).isEqualTo("PYK-" + visitor.badgeCode() + "." + secret);
            Path video = FakeCamera.filming(qr, Path.of("target/test-data/camera-badge-" + visitor.badgeCode() + ".y4m"));
            try (Browser filming = chromiumFilming(video)) {
                Page kiosk = standScreenOf(filming, port);
                kiosk.navigate("/scan");
                assertThat(kiosk.locator("#scan-message")).containsText("Hei Kaisa Kamera!",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
                screenshot(kiosk, "scan-badge-1920x1080");
                kiosk.locator("#scan-code input").fill(session.token());
                kiosk.locator("#scan-open").click();
                assertThat(kiosk.locator("h1")).hasText(session.title());
                kiosk.locator("#vote-p1").click();
                assertThat(kiosk.locator("#vote-p1")).hasAttribute("aria-pressed", "true");
            }

            // Stored: the badge's mark for this session, made with the secret only the paper carries.
            assertThat(jdbc.sql("select count(*) from feedback_voter where session_id = ? and voter_hash = ?")
                    .params(session.id(), VoterTags.tag("badge:" + secret, "feedback:" + session.id()))
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(feedback.answerOf(session, "badge:" + visitor.badgeCode())).isEmpty();
        } finally {
            feedback.answerOf(session, "badge:" + secret).ifPresent(answer -> {
                jdbc.sql("delete from feedback_voter where answer_id = ?").param(answer.id()).update();
                jdbc.sql("delete from feedback_answer where id = ?").param(answer.id()).update();
                publisher.publishEvent(new FeedbackChanged(session.requireId()));
            });
            jdbc.sql("delete from registration where id = ?").param(visitor.requireId()).update();
        }
    }

    @Test
    void a_code_seen_but_not_read_asks_the_visitor_to_hold_it_still() throws Exception {
        Path video = FakeCamera.filmingDamaged("https://example.com/s/DAMAGED1", 400,
                Path.of("target/test-data/camera-damaged.y4m"));
        try (Browser filming = chromiumFilming(video)) {
            Page kiosk = standScreenOf(filming, port);
            kiosk.navigate("/scan");

            assertThat(kiosk.locator("#scan-guidance")).hasText("Pidä koodi paikallaan.", GUIDANCE_SOON);
            assertThat(kiosk.locator("#scan-guidance")).hasAttribute("aria-live", "polite");
            // Chromium's fake camera has no torch, so there is no torch button to offer.
            assertThat(kiosk.locator("#scan-torch")).isHidden();
            assertThat(kiosk).hasURL(Pattern.compile(".*/scan"));
            screenshot(kiosk, "scan-guidance-1920x1080");
        }
    }

    @Test
    void a_small_code_seen_but_not_read_asks_the_visitor_to_bring_it_closer() throws Exception {
        Path video = FakeCamera.filmingDamaged("https://example.com/s/DAMAGED2", 100,
                Path.of("target/test-data/camera-damaged-small.y4m"));
        try (Browser filming = chromiumFilming(video)) {
            Page kiosk = standScreenOf(filming, port);
            kiosk.navigate("/scan");

            assertThat(kiosk.locator("#scan-guidance")).hasText("Tuo koodi lähemmäs kameraa.", GUIDANCE_SOON);
        }
    }

    @Test
    void a_dark_picture_asks_for_more_light_in_the_visitors_language() throws Exception {
        Path video = FakeCamera.filmingInTheDark(Path.of("target/test-data/camera-dark.y4m"));
        try (Browser filming = chromiumFilming(video)) {
            Page kiosk = standScreenOf(filming, port);
            kiosk.navigate("/scan");

            assertThat(kiosk.locator("#scan-guidance")).hasText("Lisää valoa: käännä koodi valoa kohti.", GUIDANCE_SOON);
            kiosk.locator("#lang-sv").click();
            assertThat(kiosk.locator("#scan-guidance")).hasText("Mer ljus: vänd koden mot ljuset.", GUIDANCE_SOON);
            screenshot(kiosk, "scan-guidance-dark-sv-1920x1080");
        }
    }

    @Test
    void without_a_camera_the_visitor_types_the_code_or_picks_a_session_now_on() {
        Session session = sampleSession("Digituki lähellä ihmistä");
        Page kiosk = standScreen(); // the shared browser has no camera at all
        kiosk.navigate("/scan");
        assertThat(kiosk.locator("#scan-message")).containsText("Kamera ei ole käytettävissä");
        screenshot(kiosk, "scan-no-camera-1920x1080");

        kiosk.locator("#scan-code input").fill("nothere");
        kiosk.locator("#scan-open").click();
        assertThat(kiosk.locator("#scan-code")).hasAttribute("invalid", "");

        kiosk.locator("#scan-code input").fill(session.token().toLowerCase());
        kiosk.locator("#scan-open").click();
        assertThat(kiosk.locator("h1")).hasText(session.title());
    }
}
