package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import fi.pyykkinaru.clothesline.SlipFilter;
import fi.pyykkinaru.clothesline.SlipTally;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.notice.NoticeSettings;
import fi.pyykkinaru.notice.PrivacyNotices;
import fi.pyykkinaru.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The privacy notice (GDPR art. 13) is one tap away on every visitor screen of the stand and at the foot of every
 * phone page, in the visitor's language, with the organisers' wording from the event's settings; reading it loses
 * nothing the visitor typed and stores nothing.
 */
class PrivacyNoticeIT extends BrowserTest {

    private static final String CONTROLLER = "Innokylä-verkosto, Esimerkkikatu 1, 00100 Helsinki";
    private static final String CONTACT = "tietosuoja@innokyla.example";

    @Autowired PrivacyNotices notices;
    @Autowired SlipTally slips;
    private Event sample;
    private NoticeSettings before;

    @BeforeEach
    void organisersWordedTheNotice() {
        sample = events.current().orElseThrow();
        before = notices.settings(sample.requireId());
        notices.save(new NoticeSettings(sample.requireId(), CONTROLLER, CONTACT,
                "Rintamerkki: nimi ja organisaatio rintamerkin tulostamiseen.", null,
                "Badge: your name and organisation, to print your badge.", before.version()));
    }

    /** The sample event is shared: its notice goes back to what it was. */
    @AfterEach
    void putBack() {
        NoticeSettings now = notices.settings(sample.requireId());
        notices.save(new NoticeSettings(sample.requireId(), before.controller(), before.contact(), before.purposesFi(),
                before.purposesSv(), before.purposesEn(), now.version()));
    }

    @Test
    void every_visitor_screen_of_the_stand_opens_the_notice_in_one_tap_and_loses_nothing_typed() {
        Page kiosk = standScreen();
        List<String> without = new ArrayList<>();
        for (String screen : List.of("/", "/report/hyva-kaytanto", "/register", "/programme", "/scan",
                "/feedback/" + sampleSession("Digituki lähellä ihmistä").token(), "/closing/" + sample.slug())) {
            kiosk.navigate(screen, new Page.NavigateOptions().setTimeout(60_000));
            Locator button = kiosk.locator("#privacy-notice");
            try {
                assertThat(button).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            } catch (AssertionError missing) {
                screenshot(kiosk, "privacy-notice-missing" + screen.replaceAll("[^a-z0-9]+", "-"));
                without.add(screen + " (shown: " + kiosk.url() + ")");
                continue;
            }
            assertThat(button).hasText("Tietosuoja");
            BoundingBox box = button.boundingBox();
            assertThat(box.height).as("touch target on " + screen).isGreaterThanOrEqualTo(48);
            assertThat(box.width).as("touch target on " + screen).isGreaterThanOrEqualTo(48);
        }
        assertThat(without).as("visitor screens without the notice").isEmpty();

        kiosk.navigate("/");
        kiosk.locator("#privacy-notice").click();
        // The dialog's host has no box of its own in Vaadin 25: what it shows is what a visitor sees.
        Locator dialog = kiosk.locator("#privacy-notice-dialog #privacy-notice-close");
        assertThat(dialog).isVisible();
        assertThat(kiosk.locator("#notice-controller")).containsText(CONTROLLER);
        assertThat(kiosk.locator("#notice-contact")).containsText(CONTACT);
        assertThat(kiosk.locator("#notice-purposes")).containsText("Rintamerkki: nimi ja organisaatio rintamerkin tulostamiseen.");
        assertThat(kiosk.locator("#notice-retention")).isVisible();
        assertThat(kiosk.locator("#notice-rights")).containsText("tietosuojavaltuutetulle");
        double textSize = ((Number) kiosk.locator("#notice-purposes p").first()
                .evaluate("p => parseFloat(getComputedStyle(p).fontSize)")).doubleValue();
        assertThat(textSize).as("readable at a metre").isGreaterThanOrEqualTo(18);
        BoundingBox close = kiosk.locator("#privacy-notice-close").boundingBox();
        assertThat(close.height).isGreaterThanOrEqualTo(48);
        screenshot(kiosk, "privacy-notice-kiosk-1920x1080");
        kiosk.locator("#privacy-notice-close").click();
        assertThat(dialog).isHidden();

        // In the middle of a slip: the notice opens over it, in the visitor's language, and the slip is still there.
        long slipsBefore = slips.count(SlipFilter.all(sample.requireId()));
        kiosk.navigate("/report/hyva-kaytanto");
        kiosk.locator("#slip-title input").fill("Kesken jäänyt lappu");
        kiosk.locator("#lang-sv").click();
        kiosk.locator("#privacy-notice").click();
        assertThat(kiosk.locator("#privacy-notice-dialog #notice-rights")).isVisible();
        assertThat(kiosk.locator("#notice-rights h3")).hasText("Dina rättigheter");
        // No Swedish wording: the organisers' own words in another language beat the generic default.
        assertThat(kiosk.locator("#notice-purposes")).containsText("Rintamerkki: nimi ja organisaatio");
        assertThat(kiosk.locator("#notice-recipients")).containsText("Arrangörerna och deras produktionsteam");
        screenshot(kiosk, "privacy-notice-kiosk-slip-sv-1920x1080");
        kiosk.locator("#privacy-notice-close").click();
        assertThat(kiosk.locator("#slip-title input")).hasValue("Kesken jäänyt lappu");
        assertThat(slips.count(SlipFilter.all(sample.requireId()))).as("reading the notice stores nothing")
                .isEqualTo(slipsBefore);
    }

    @Test
    void every_phone_page_ends_in_a_link_to_the_notice_in_the_phones_language() {
        Session session = sampleSession("Digituki lähellä ihmistä");
        Page phone = phone();
        for (String page : List.of("/s", "/s/" + session.token(), "/s/EIOLE", "/feedback", "/call/sample")) {
            phone.navigate(page);
            Locator link = phone.locator("#privacy-notice");
            assertThat(link).hasText("Tietosuoja");
            link.scrollIntoViewIfNeeded();
            assertThat(link.boundingBox().height).as("touch target on " + page).isGreaterThanOrEqualTo(48);
        }

        phone.navigate("/s/" + session.token());
        Locator link = phone.locator("#privacy-notice");
        assertThat(link).hasAttribute("href", "/privacy/" + sample.slug() + "?lang=fi");
        link.scrollIntoViewIfNeeded();
        screenshot(phone, "privacy-notice-phone-foot-390x844");
        link.click();

        assertThat(phone.locator("#privacy-notice-page h1")).hasText("Tietosuojaseloste");
        assertThat(phone.locator("#notice-controller")).containsText(CONTROLLER);
        assertThat(phone.locator("#notice-contact")).containsText(CONTACT);
        screenshot(phone, "privacy-notice-phone-390x844");
        double width = ((Number) phone.evaluate("() => document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);

        phone.locator("#notice-lang-en").click();
        assertThat(phone.locator("#privacy-notice-page h1")).hasText("Privacy notice");
        assertThat(phone.locator("#notice-purposes")).containsText("Badge: your name and organisation, to print your badge.");
        assertThat(phone.locator("#notice-rights")).containsText("Data Protection Ombudsman");
        screenshot(phone, "privacy-notice-phone-en-390x844");

        phone.navigate("/feedback?lang=sv");
        assertThat(phone.locator("#privacy-notice")).hasText("Dataskydd");
        assertThat(phone.locator("#privacy-notice")).hasAttribute("href", "/privacy/" + sample.slug() + "?lang=sv");
    }
}
