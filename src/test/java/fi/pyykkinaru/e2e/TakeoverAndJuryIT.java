package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.Criterion;
import fi.pyykkinaru.call.Jury;
import fi.pyykkinaru.call.JuryScores;
import fi.pyykkinaru.call.PitchDraft;
import fi.pyykkinaru.call.Pitches;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSlot;
import fi.pyykkinaru.kiosk.StandSlots;
import fi.pyykkinaru.kiosk.Stands;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A network's takeover of a sample-event stand on its screen (its name and line during the slot, the usual lines
 * after, a slot starting by itself without anybody saving), and a pitch jury member scoring on a phone with
 * JavaScript off, down to the pitcher's letter. Everything made on the sample event goes at the end.
 */
class TakeoverAndJuryIT extends BrowserTest {

    @Autowired Stands stands;
    @Autowired StandSlots slots;
    @Autowired Calls calls;
    @Autowired Jury jury;
    @Autowired Pitches pitches;
    @Autowired JuryScores scores;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterEach
    void usualAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void a_stands_screen_shows_the_network_and_its_line_during_the_slot_and_the_usual_lines_after_it() {
        Event sample = events.current().orElseThrow();
        Stand kahvio = stands.save(new Stand(null, sample.requireId(), "Kahvio", "", "", 15, null, false, "", "", "", 0));
        try {
            Instant now = Instant.now();
            StandSlot slot = slots.save(new StandSlot(null, sample.requireId(), kahvio.requireId(),
                    now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(30)), "Verkosto Länsi-Uusimaa",
                    "supervoima", 0));
            Page screen = standScreen();
            screen.navigate("/");

            assertThat(screen.locator("#wall-takeover-name")).hasText("Verkosto Länsi-Uusimaa");
            assertThat(screen.locator("#wall-takeover")).containsText("Osaston on ottanut haltuunsa");
            assertThat(screen.locator("#wall section.line")).hasCount(1);
            assertThat(screen.locator("#line-supervoima")).isVisible();
            screenshot(screen, "takeover-wall");
            Page phone = phone();
            phone.navigate("/");
            assertThat(phone.locator("#wall-takeover-name")).hasText("Verkosto Länsi-Uusimaa");
            screenshot(phone, "takeover-wall-phone");

            slots.remove(slot.requireId());

            assertThat(screen.locator("#wall section.line")).hasCount(4);
            assertThat(screen.locator("#wall-takeover")).not().isVisible();

            // A slot that starts a few seconds from now: nobody saves anything when it begins, the screen's own
            // timer redraws it.
            Instant soon = Instant.now().plus(Duration.ofSeconds(4));
            slots.save(new StandSlot(null, sample.requireId(), kahvio.requireId(), soon, soon.plus(Duration.ofMinutes(5)),
                    "Verkosto Itä", "penkkikahvila", 0));
            assertThat(screen.locator("#wall section.line")).hasCount(4);

            assertThat(screen.locator("#wall-takeover-name")).hasText("Verkosto Itä");
            assertThat(screen.locator("#wall section.line")).hasCount(1);
            assertThat(screen.locator("#line-penkkikahvila")).isVisible();
        } finally {
            slots.ofStand(kahvio.requireId()).forEach(s -> slots.remove(s.requireId()));
            stands.remove(kahvio.requireId());
        }
    }

    @Test
    void a_jury_member_scores_on_a_phone_without_javascript_and_the_pitcher_gets_the_letter() throws Exception {
        Event sample = events.bySlug("sample").orElseThrow();
        Call call = calls.open(sample, CallKind.PITCH);
        try {
            Pitches.AddedPitch taxi = pitches.add(call, new PitchDraft("Kylätaksi", "Pekka Pitchaaja", "Kyläyhdistys",
                    "", "fi"));
            Proposal food = pitches.add(call, new PitchDraft("Ruokaraati", "Sara Svensson", "", "", "sv")).pitch();
            String secret = jury.add(call, "Maija Tuomari").secret();
            long taxiId = taxi.pitch().requireId();
            Page phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                    .setIsMobile(true).setHasTouch(true).setJavaScriptEnabled(false).setLocale("fi-FI")).newPage();

            phone.navigate("/jury/" + secret);

            assertThat(phone.locator("h1")).hasText("Raadin pisteet");
            assertThat(phone.locator("#pitch-" + taxiId + " h2")).hasText("Kylätaksi");
            assertThat(phone.locator("#pitch-" + food.requireId() + " h2")).hasText("Ruokaraati");
            BoundingBox choice = phone.locator("label:has(#s-" + taxiId + "-clarity-5)").boundingBox();
            assertThat(choice.width).isGreaterThanOrEqualTo(48);
            assertThat(choice.height).isGreaterThanOrEqualTo(48);
            screenshot(phone, "jury-phone");

            int[] given = {5, 4, 3, 4};
            for (int i = 0; i < call.criteria().size(); i++) {
                Criterion criterion = call.criteria().get(i);
                phone.locator("label:has(#s-" + taxiId + "-" + criterion.key() + "-" + given[i] + ")").click();
            }
            phone.locator("#c-" + taxiId).fill("Selkeä ja rohkea.");
            // Something typed on the other pitch, then the language changed: all of it comes back in Swedish.
            phone.locator("label:has(#s-" + food.requireId() + "-clarity-2)").click();
            phone.locator("#lang-sv").click();

            assertThat(phone.locator("html")).hasAttribute("lang", "sv");
            assertThat(phone.locator("#s-" + taxiId + "-clarity-5")).isChecked();
            assertThat(phone.locator("#c-" + taxiId)).hasValue("Selkeä ja rohkea.");
            assertThat(phone.locator("#s-" + food.requireId() + "-clarity-2")).isChecked();

            phone.locator("#pitch-save-" + food.requireId()).click();

            assertThat(phone.locator("#problems-" + food.requireId())).isVisible();
            assertThat(phone.locator("#s-" + food.requireId() + "-impact-error")).hasText("Välj 1–5 poäng.");
            assertThat(phone.locator("#s-" + food.requireId() + "-clarity-2")).isChecked();
            assertThat(phone.locator("#c-" + taxiId)).hasValue("Selkeä ja rohkea.");
            phone.locator("#pitch-" + food.requireId()).scrollIntoViewIfNeeded();
            screenshot(phone, "jury-phone-problem");

            phone.locator("#lang-fi").click();
            phone.locator("#pitch-save-" + taxiId).click();

            // Saved; what was typed on the other pitch stays on the page, not thrown away by a redirect.
            assertThat(phone.locator("#saved-" + taxiId)).hasText("✓ Arvio tallennettu.");
            assertThat(phone.locator(".notice")).containsText("tallentamatta");
            assertThat(phone.locator("#s-" + food.requireId() + "-clarity-2")).isChecked();
            assertThat(scores.ofPitch(taxiId)).singleElement()
                    .satisfies(review -> assertThat(review.comment()).isEqualTo("Selkeä ja rohkea."));

            for (Criterion criterion : call.criteria()) {
                phone.locator("label:has(#s-" + food.requireId() + "-" + criterion.key() + "-2)").click();
            }
            phone.locator("#pitch-save-" + food.requireId()).click();

            phone.waitForURL(Pattern.compile(".*saved=" + food.requireId() + "#pitch-" + food.requireId()));
            assertThat(phone.locator("#saved-" + food.requireId())).hasText("✓ Arvio tallennettu.");
            assertThat(phone.locator("#s-" + taxiId + "-feasibility-3")).isChecked();
            assertThat(phone.locator("#pitch-" + taxiId + " .state")).containsText("Olet arvioinut");
            screenshot(phone, "jury-phone-saved");

            APIResponse letter = phone.request().get("/call/sample/p/" + taxi.secret() + "/pitch-letter.pdf");
            assertThat(letter.status()).isEqualTo(200);
            assertThat(letter.headers().get("content-type")).isEqualTo("application/pdf");
            Files.write(SCREENSHOTS.resolve("takeover-and-jury-letter.pdf"), letter.body());

            phone.navigate("/jury/" + "A".repeat(32));
            assertThat(phone.locator("#jury-not-found h1")).hasText("Linkki ei toimi");
        } finally {
            removeCall(call);
        }
    }

    @Test
    void the_taken_over_wall_and_the_jury_page_with_its_messages_pass_wcag_aa() {
        Event sample = events.bySlug("sample").orElseThrow();
        Stand kahvio = stands.save(new Stand(null, sample.requireId(), "Kahvio", "", "", 15, null, false, "", "", "", 0));
        Call call = calls.open(sample, CallKind.PITCH);
        try {
            Instant now = Instant.now();
            slots.save(new StandSlot(null, sample.requireId(), kahvio.requireId(), now.minus(Duration.ofMinutes(1)),
                    now.plus(Duration.ofMinutes(30)), "Verkosto Länsi-Uusimaa", "supervoima", 0));
            Page wall = withoutMotion(false);
            wall.navigate("/");
            assertThat(wall.locator("#wall-takeover-name")).isVisible();
            assertThat(violations(wall)).isEmpty();

            Proposal pitch = pitches.add(call, new PitchDraft("Kylätaksi", "Pekka", "", "", "fi")).pitch();
            Page phone = withoutMotion(true);
            phone.navigate("/jury/" + jury.add(call, "Maija").secret());
            assertThat(violations(phone)).isEmpty();
            phone.locator("#pitch-save-" + pitch.requireId()).click();
            assertThat(phone.locator("#problems-" + pitch.requireId())).isVisible();
            assertThat(violations(phone)).isEmpty();
        } finally {
            slots.ofStand(kahvio.requireId()).forEach(s -> slots.remove(s.requireId()));
            stands.remove(kahvio.requireId());
            removeCall(call);
        }
    }

    private static java.util.List<String> violations(Page page) {
        return Axe.on(page)
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze()
                .getViolations().stream().map(rule -> rule.getId() + " at " + rule.getNodes().getFirst().getTarget()
                        + ": " + rule.getNodes().getFirst().getFailureSummary() + " in "
                        + rule.getNodes().getFirst().getHtml()).toList();
    }

    private void removeCall(Call call) {
        SampleCalls.remove(call, jury, jdbc);
    }
}
