package fi.pyykkinaru.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.i18n.PeoplesWords;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.kiosk.PublicAddressTestAccess;
import fi.pyykkinaru.staff.AuditLog;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Staff see, on the print page, which address QR codes carry and whether phones open it; organisers change it
 * there with one tap or by typing; while phones cannot open it, every staff page says so in one line with the way
 * to fix it.
 */
@PyykkinaruTest
@WithMockUser(username = "pia", roles = {"ORGANISER", "STAFF"})
class PhoneAddressPanelTest extends SpringBrowserlessTest {

    @Autowired PublicAddress address;
    @Autowired AuditLog audit;

    @AfterEach
    void forget() {
        PublicAddressTestAccess.reset(address);
    }

    @Test
    void with_only_a_loopback_address_every_staff_page_warns_and_the_panel_offers_the_servers_addresses() {
        PublicAddressTestAccess.interfaces(address, "198.51.100.7");
        UI.getCurrent().setLocale(Translations.ENGLISH);

        for (String page : new String[] {"staff", "staff/print", "staff/posters", "staff/registrations"}) {
            navigate(page, Component.class);
            StaffLayout layout = $(StaffLayout.class).single();
            assertThat(layout.addressWarning.isVisible()).as(page).isTrue();
            assertThat(layout.addressWarning.getId()).contains("address-warning");
            assertThat(layout.addressWarningText.getText()).as(page)
                    .isEqualTo("QR codes lead to http://localhost, which phones cannot open: printed codes would lead "
                            + "nowhere.");
        }
        navigate("staff/print", Component.class);
        PhoneAddressPanel panel = $(PhoneAddressPanel.class).single();
        assertThat(panel.current.getText()).contains("http://localhost.");
        assertThat(panel.state.getElement().getAttribute("data-reachable")).isEqualTo("false");
        assertThat(panel.state.getText()).startsWith("Phones cannot open it");

        test($(Button.class).withId("phone-address-choice-0").single()).click();

        assertThat(address.current().address()).isEqualTo("http://198.51.100.7:8080");
        assertThat(panel.current.getText()).contains("http://198.51.100.7:8080");
        assertThat(panel.state.getText()).startsWith("Phones on the same network as this server open it.");
        assertThat(panel.message.getText()).contains("http://198.51.100.7:8080");
        assertThat($(StaffLayout.class).single().addressWarning.isVisible()).as("the warning goes at once").isFalse();
        assertThat(audit.recent(1).getFirst()).extracting(AuditLog.Entry::actor, AuditLog.Entry::action)
                .containsExactly("pia", "public-address.set");

        test(panel.automatic).click();
        assertThat(address.stored()).isEmpty();
        assertThat($(StaffLayout.class).single().addressWarning.isVisible()).isTrue();
    }

    @Test
    void with_an_address_on_the_venue_network_no_page_warns() {
        PublicAddressTestAccess.interfaces(address, "192.168.1.20");

        for (String page : new String[] {"staff", "staff/print", "staff/posters"}) {
            navigate(page, Component.class);
            assertThat($(StaffLayout.class).single().addressWarning.isVisible()).as(page).isFalse();
        }
        PhoneAddressPanel panel = $(PhoneAddressPanel.class).single();
        assertThat(panel.current.getText()).contains("http://192.168.1.20:8080");
        assertThat(panel.state.getElement().getAttribute("data-reachable")).isEqualTo("true");
    }

    @Test
    void the_warnings_fix_opens_the_panel_where_an_organiser_types_the_address_and_a_wrong_one_is_kept_and_explained() {
        PublicAddressTestAccess.interfaces(address);
        UI.getCurrent().setLocale(Translations.ENGLISH);
        navigate("staff", Component.class);
        StaffLayout layout = $(StaffLayout.class).single();

        test(layout.addressFix).click();
        PhoneAddressPanel panel = $(PhoneAddressPanel.class).single();
        assertThat($(Span.class).withText("This server has no network address apart from its own name for itself.")
                .exists()).isTrue();
        test(panel.other).setValue("http://10.0.0.5:8080/staff");
        test(panel.use).click();

        assertThat(panel.other.isInvalid()).isTrue();
        assertThat(panel.other.getErrorMessage()).isEqualTo("Only the server's address, with nothing after it such as /s or ?");
        assertThat(panel.other.getValue()).as("nothing typed is lost").isEqualTo("http://10.0.0.5:8080/staff");
        assertThat(address.stored()).isEmpty();

        test(panel.other).setValue("localhost:8080");
        test(panel.use).click();
        assertThat(panel.other.getErrorMessage()).startsWith("Phones cannot open this address");

        test(panel.other).setValue("10.0.0.5:8080");
        test(panel.use).click();
        assertThat(panel.other.isInvalid()).isFalse();
        assertThat(address.current()).isEqualTo(new PublicAddress.Current("http://10.0.0.5:8080",
                PublicAddress.Source.STORED, true));
        assertThat(layout.addressWarning.isVisible()).isFalse();
        assertThat(panel.state.getText()).contains("An organiser chose it here.");
    }

    @Test
    void a_second_organisers_change_is_not_overwritten_silently() {
        PublicAddressTestAccess.interfaces(address);
        UI.getCurrent().setLocale(Translations.ENGLISH);
        navigate("staff/print", Component.class);
        PhoneAddressPanel panel = $(PhoneAddressPanel.class).single();
        // Another organiser, on another page, meanwhile.
        address.change(null, "http://10.0.0.6:8080");

        test(panel.other).setValue("http://10.0.0.5:8080");
        test(panel.use).click();

        assertThat(address.base()).isEqualTo("http://10.0.0.6:8080");
        assertThat(panel.message.getText()).startsWith("Another organiser changed the address meanwhile")
                .contains("http://10.0.0.6:8080");
        assertThat(panel.other.getValue()).isEqualTo("http://10.0.0.5:8080");
        assertThat(panel.current.getText()).contains("http://10.0.0.6:8080");
    }

    @Test
    @WithMockUser(username = "sami", roles = "STAFF")
    void staff_who_are_not_organisers_see_the_address_and_the_choices_but_cannot_change_them() {
        PublicAddressTestAccess.interfaces(address, "192.168.1.20");
        navigate("staff/print", Component.class);
        PhoneAddressPanel panel = $(PhoneAddressPanel.class).single();

        assertThat(panel.other.isVisible() && panel.other.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(panel.readOnly.isVisible()).isTrue();
        assertThat(panel.automatic.isVisible()).isFalse();
        assertThat($(Button.class).withId("phone-address-choice-0").exists()).isFalse();
        assertThat($(Span.class).withId("phone-address-choice-0").single().getText()).isEqualTo("http://192.168.1.20:8080");
    }

    @Test
    void the_panel_and_the_warning_read_as_words_in_every_language() {
        PublicAddressTestAccess.interfaces(address, "192.168.1.20");
        for (Locale locale : Translations.LOCALES) {
            UI.getCurrent().setLocale(locale);
            navigate("staff/print", Component.class);
            PeoplesWords.assertReadable("the address panel in " + locale,
                    $(PhoneAddressPanel.class).single().getElement().getTextRecursively());
        }
        PublicAddressTestAccess.interfaces(address);
        for (Locale locale : Translations.LOCALES) {
            UI.getCurrent().setLocale(locale);
            navigate("staff/print", Component.class);
            PeoplesWords.assertReadable("the address warning in " + locale,
                    $(StaffLayout.class).single().addressWarning.getElement().getTextRecursively());
            PeoplesWords.assertReadable("the address panel in " + locale,
                    $(PhoneAddressPanel.class).single().getElement().getTextRecursively());
        }
    }
}
