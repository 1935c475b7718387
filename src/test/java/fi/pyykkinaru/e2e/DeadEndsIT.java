package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.BadgeFace;
import fi.pyykkinaru.badge.BadgeLayouts;
import fi.pyykkinaru.badge.BadgePdf;
import fi.pyykkinaru.clothesline.SlipReceipts;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.HarvestDocuments;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionPosters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No dead ends from paper: every address printed on a poster, a slip's receipt, a badge or a feedback letter of the
 * sample event, read back from the PDFs themselves (their text and their QR codes), opens a page that helps a phone
 * — never the staff login, never Vaadin's own text. Addresses that lead nowhere get the app's own not-found page,
 * with HTTP 404 and a way on. A new printed address is caught here without touching this test.
 */
class DeadEndsIT extends BrowserTest {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s]+");
    private static final Pattern POSTER_CODE = Pattern.compile("koodi\\s+([A-Z0-9]{8})");

    @Autowired SessionPosters posters;
    @Autowired SlipReceipts receipts;
    @Autowired Slips slips;
    @Autowired BadgeLayouts layouts;
    @Autowired HarvestDocuments documents;
    @Autowired PublicAddress publicAddress;

    /** A fresh phone loads the whole Vaadin bundle; on a busy 2-core box that alone can take longer than 5 s. */
    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterEach
    void usualAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void every_printed_address_opens_a_page_that_helps_a_phone() throws Exception {
        Event event = events.current().orElseThrow();
        List<Session> programme = sessions.programme(event.requireId());
        Session session = programme.getFirst();
        long slip = slips.withStatus(event.requireId(), SlipStatus.PUBLISHED, 1).getFirst().requireId();
        // What the app puts on paper itself (a receipt is drawn with no page open): on a machine with an address on
        // a private network that address, else this server's own, which a phone on the same machine still opens.
        PublicAddress.Current now = publicAddress.current();
        String printed = now.address();
        assertThat(now.reachable() || printed.equals("http://localhost:" + port))
                .as("%s is one phones open, or this server's own with the port it took", printed).isTrue();
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        pdfs.put("poster", posters.poster(session, Paper.A4, printed));
        pdfs.put("posters", posters.allPosters(programme, Paper.A4, printed, done -> { }));
        pdfs.put("programme", posters.programme(programme, event.name(), Translations.FINNISH, printed, done -> { }));
        pdfs.put("receipt", receipts.receipt(slip, Translations.FINNISH));
        pdfs.put("badge", BadgePdf.render(layouts.all().iterator().next(), List.of(new BadgeFace("Maija Meikäläinen",
                "Järjestö ry", event.name(), List.of("fi", "en"), BadgeCodes.next()))));
        pdfs.put("letter", documents.feedbackLetter(session, event, Translations.FINNISH));

        Set<String> addresses = new LinkedHashSet<>();
        Path scans = Files.createTempDirectory(Path.of("target"), "deadends-");
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            Matcher text = ADDRESS.matcher(PdfChecks.text(pdf.getValue()));
            while (text.find()) {
                addresses.add(text.group().replaceAll("[.,;:)]+$", ""));
            }
            // Every poster's code is on the programme too: one QR scan of those pages is enough.
            if (!pdf.getKey().equals("posters")) {
                PdfChecks.qrCodes(pdf.getValue(), scans).stream().filter(q -> ADDRESS.matcher(q).matches())
                        .forEach(addresses::add);
            }
        }
        // The test must have found what is known to be printed, or it proves nothing about the rest.
        assertThat(addresses).contains(printed + "/s", printed + "/s/" + session.token(), printed + "/slip/" + slip);
        addresses.add(printed + "/programme");

        List<String> opened = new ArrayList<>();
        for (String address : addresses) {
            Page phone = phone();
            Response response = phone.navigate(address);

            assertThat(response.status()).as(address).isBetween(200, 299);
            helpsAPhone(phone, address);
            screenshot(phone, "deadend-" + slug(address));
            opened.add(address);
        }
        assertThat(opened).hasSizeGreaterThanOrEqualTo(4);

        // The poster's fallback, followed as a person would: the short address, then the code as printed.
        Matcher code = POSTER_CODE.matcher(PdfChecks.text(pdfs.get("poster")));
        assertThat(code.find()).isTrue();
        Page phone = phone();
        phone.navigate(printed + "/s");
        phone.locator("#session-code").fill(code.group(1).toLowerCase().substring(0, 4) + " " + code.group(1).substring(4));
        screenshot(phone, "deadend-code-typed");
        phone.locator("#code-open").click();
        assertThat(phone.locator("h1")).hasText(session.title());
        assertThat(phone).hasURL(printed + "/s/" + session.token() + "?lang=fi");
    }

    @Test
    void a_wrong_code_on_the_code_page_says_so_in_the_chosen_language_and_keeps_what_was_typed() {
        Page phone = phone();
        phone.navigate("/s");
        phone.locator("#session-code").fill("ABCD-EFG0");
        phone.locator("#lang-en").click();
        assertThat(phone.locator("html")).hasAttribute("lang", "en");
        assertThat(phone.locator("#session-code")).hasValue("ABCD-EFG0");

        phone.locator("#code-open").click();

        assertThat(phone.locator("#code-error")).containsText("Codes have no letters O, I or L");
        assertThat(phone.locator("#session-code")).hasValue("ABCD-EFG0");
        screenshot(phone, "deadend-code-wrong-en");
    }

    @Test
    void unknown_addresses_get_the_apps_own_not_found_page_with_a_way_on() {
        for (String path : List.of("/foo", "/s/ZZZZZZZ9", "/slip/999999", "/feedback/nonsense", "/s/ZZZZZZZ9/nonsense")) {
            Page phone = phone();
            Response response = phone.navigate(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(phone.locator("#not-found")).isVisible();
            helpsAPhone(phone, path);
            screenshot(phone, "deadend-not-found-" + slug(path));
        }

        Page phone = phone();
        phone.navigate("/foo");
        assertThat(phone.locator("#not-found h1")).hasText("Sivua ei löytynyt");
        phone.locator("#not-found-code").click();
        assertThat(phone.locator("#session-code")).isVisible();

        phone.navigate("/slip/999999");
        assertThat(phone.locator("#not-found")).containsText("Tätä lappua ei ole narulla.");
        phone.locator("#not-found-home").click();
        assertThat(phone).hasURL(base() + "/");

        // The code page is the phone's; a stand screen offers the way back to the wall alone.
        Page stand = standScreen();
        stand.navigate("/foo");
        assertThat(stand.locator("#not-found-home")).isVisible();
        assertThat(stand.locator("#not-found-code")).isHidden();
        screenshot(stand, "deadend-not-found-stand");
    }

    @Test
    void a_staff_address_that_does_not_exist_asks_a_stranger_to_log_in_and_tells_staff_it_is_not_there() {
        Page stranger = phone();
        stranger.navigate("/staff/nonsense");
        assertThat(stranger.locator("vaadin-login-form")).isVisible();

        Page staff = phone();
        logIn(staff, "/staff/nonsense");
        assertThat(staff.locator("#not-found")).isVisible();
        assertThat(staff.locator("#not-found-home")).hasText("Henkilökunnan sivuille");
        screenshot(staff, "deadend-not-found-staff");
        staff.locator("#not-found-home").click();
        assertThat(staff).hasURL(base() + "/staff");
    }

    @Test
    void switching_language_keeps_the_follow_up_answers_just_typed_without_javascript() {
        Session session = sampleSession("Digituki lähellä ihmistä");
        Page phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setJavaScriptEnabled(false).setLocale("fi-FI")).newPage();
        phone.navigate("/s/" + session.token());
        phone.locator("#vote-p2").click();
        phone.locator("#feedback-comment").fill("Selkeä ja käytännöllinen");
        phone.locator("#feedback-region").selectOption("LAPPI");
        phone.locator("#feedback-organisation-type").selectOption("PUBLIC");
        phone.locator("input[name=attendance][value=REMOTE]").check();

        phone.locator("#lang-sv").click();

        assertThat(phone.locator("html")).hasAttribute("lang", "sv");
        assertThat(phone.locator("#feedback-comment")).hasValue("Selkeä ja käytännöllinen");
        assertThat(phone.locator("#feedback-region")).hasValue("LAPPI");
        assertThat(phone.locator("#feedback-organisation-type")).hasValue("PUBLIC");
        assertThat(phone.locator("input[name=attendance][value=REMOTE]")).isChecked();
        phone.locator("#lang-en").click();
        assertThat(phone.locator("#feedback-comment")).hasValue("Selkeä ja käytännöllinen");
        assertThat(phone.locator(".meta")).not().containsText("PM");
        assertThat(phone.locator(".meta")).not().containsText("AM");
        assertThat(phone.locator(".meta")).containsText(":");
        screenshot(phone, "deadend-details-en");
    }

    /** A page a visitor can use: not the staff login, not Vaadin's route list or stack trace, and in a language. */
    private static void helpsAPhone(Page phone, String address) {
        phone.waitForLoadState();
        String text = phone.locator("body").innerText();
        assertThat(phone.locator("vaadin-login-form")).hasCount(0);
        assertThat(text).as(address).doesNotContain("Could not navigate", "Exception", "Available routes",
                "Whitelabel");
        assertThat(text.strip()).as(address).isNotEmpty();
        assertThat(phone.locator("h1, .kiosk-main").first()).isVisible();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String slug(String address) {
        String path = address.replaceFirst("^https?://[^/]+", "");
        String slug = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "start" : slug;
    }
}
