package fi.pyykkinaru.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.i18n.PeoplesWords;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.session.Sessions;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Staff fetch the whole programme as one document in the language they choose, and every poster at once. */
@PyykkinaruTest
@WithMockUser(username = "staff", roles = "STAFF")
class PostersViewTest extends SpringBrowserlessTest {

    @Autowired ThisStand stand;
    @Autowired Sessions sessions;

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

    private byte[] download(Anchor link) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        return out.toByteArray();
    }
}
