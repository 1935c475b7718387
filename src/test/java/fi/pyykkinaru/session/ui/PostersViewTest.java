package fi.pyykkinaru.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.kiosk.PublicAddressTestAccess;
import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.i18n.PeoplesWords;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.session.Sessions;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Staff fetch the whole programme as one document in the language they choose, and every poster at once; with QR
 * codes phones cannot open, printing asks first.
 */
@PyykkinaruTest
@WithMockUser(username = "staff", roles = "STAFF")
class PostersViewTest extends SpringBrowserlessTest {

    @Autowired ThisStand stand;
    @Autowired Sessions sessions;
    @Autowired PublicAddress address;
    @Autowired PrintQueue queue;

    @Test
    void the_whole_programme_is_one_document_in_the_chosen_language_not_a_poster_per_session() throws Exception {
        UI.getCurrent().setLocale(Translations.FINNISH);
        PostersView view = navigate("staff/posters", PostersView.class);
        int count = sessions.programme(stand.event().id()).size();

        assertThat(view.language.getValue()).isEqualTo(Translations.FINNISH);
        test(view.language).selectItem("svenska");
        byte[] programme = download(view.programmePdf);
        byte[] posters = download(view.allPostersPdf);

        String text = PdfChecks.text(programme).replaceAll("\\s+", " ");
        assertThat(text).contains(stand.event().name() + ": program", "Ge respons på en session", "Kod ");
        assertThat(PdfChecks.pageSizes(programme)).hasSizeLessThan(count);
        assertThat(PdfChecks.pageSizes(posters)).hasSize(count);
        for (Locale locale : Translations.LOCALES) {
            UI.getCurrent().setLocale(locale);
            view = navigate("staff/posters", PostersView.class);
            PeoplesWords.assertReadable("the posters page in " + locale, view.getElement().getTextRecursively());
        }
    }

    @Test
    void printing_with_an_address_phones_cannot_open_asks_first_and_prints_only_when_told_to() {
        PublicAddressTestAccess.interfaces(address);
        UI.getCurrent().setLocale(Translations.ENGLISH);
        PostersView view = navigate("staff/posters", PostersView.class);
        Session session = notYetPrinted(Paper.A3);
        long before = queue.recent(1).stream().mapToLong(PrintJob::id).max().orElse(0);

        assertThat($(Paragraph.class).withId("phone-address-current").single().getText()).contains("http://localhost");
        test(printButton(view, session, "a3")).click();

        Confirmation question = $(Confirmation.class).single();
        assertThat(question.getHeaderTitle()).isEqualTo("Phones cannot open these QR codes");
        assertThat(question.getElement().getTextRecursively() + $(Paragraph.class).withId("confirm-text").single().getText())
                .contains("http://localhost");
        test($(Button.class).withId(Confirmation.CANCEL).single()).click();
        assertThat(queue.recent(1).stream().mapToLong(PrintJob::id).max().orElse(0)).as("nothing printed").isEqualTo(before);

        test(view.printProgramme).click();
        assertThat($(Confirmation.class).exists()).as("the programme asks too").isTrue();
        test($(Button.class).withId(Confirmation.CANCEL).single()).click();

        test(printButton(view, session, "a3")).click();
        test($(Button.class).withId(Confirmation.OK).single()).click();
        PrintJob printed = queue.recent(1).getFirst();
        assertThat(printed.id()).as("printed anyway, when told to").isGreaterThan(before);
        assertThat(view.message.getText()).contains(session.title());
    }

    @Test
    void printing_with_an_address_on_the_venue_network_asks_nothing() {
        PublicAddressTestAccess.interfaces(address, "192.168.1.20");
        PostersView view = navigate("staff/posters", PostersView.class);
        Session session = notYetPrinted(Paper.A4);

        test(printButton(view, session, "a4")).click();

        assertThat($(Confirmation.class).exists()).isFalse();
        assertThat(view.message.getText()).contains(session.title());
    }

    private Button printButton(PostersView view, Session session, String size) {
        int row = sessions.programme(stand.event().id()).indexOf(session);
        return (Button) test(view.grid).getCellComponent(row, 3).getChildren()
                .filter(c -> c.getId().orElse("").equals("poster-print-" + size + "-" + session.token())).findFirst()
                .orElseThrow();
    }

    /** A session whose poster on this paper no test printed yet: a second print asks something else. */
    private Session notYetPrinted(Paper paper) {
        return sessions.programme(stand.event().id()).stream()
                .filter(s -> queue.history(PrintKind.POSTER, "poster:" + s.token() + ":" + paper.media()).isEmpty())
                .findFirst().orElseThrow();
    }

    @AfterEach
    void forget() {
        PublicAddressTestAccess.reset(address);
    }

    private byte[] download(Anchor link) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        return out.toByteArray();
    }
}
