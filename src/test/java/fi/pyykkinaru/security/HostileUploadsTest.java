package fi.pyykkinaru.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.base.ui.Uploads;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.session.Sessions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Uploads as a script sends them, past the browser's own checks: the upload field's size limit is checked in the
 * browser only, so the server holds each upload to its size itself, says so in the organiser's language and stores
 * nothing; the name a file claims is never a path.
 */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class HostileUploadsTest extends SpringBrowserlessTest {

    @Autowired ThisStand stand;
    @Autowired Sessions sessions;
    @Autowired Registrations registrations;
    @Autowired Catalogue catalogue;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_programme_over_two_megabytes_is_refused_by_the_server_and_nothing_is_imported() {
        int before = sessions.programme(stand.event().requireId()).size();
        navigate("staff/programme", Component.class);

        upload("programme-upload", "ohjelma.csv", oversized("title;start;end\n", "Avaus;2026-11-23 10:00;2026-11-23 11:00\n",
                2 * 1024 * 1024));

        assertThat(text($(Div.class).withId("import-result").single()))
                .contains("Tiedostoa ei hyväksytty: vain CSV- ja .ics-tiedostot, enintään 2 Mt.");
        assertThat(sessions.programme(stand.event().requireId())).hasSize(before);
    }

    @Test
    void a_pre_registration_list_over_two_megabytes_is_refused_by_the_server_and_nobody_is_imported() {
        int before = registrations.all(stand.event()).size();
        navigate("staff/registrations", Component.class);

        upload("registrations-upload", "lista.csv", oversized("name\n", "Iso Lista\n", 2 * 1024 * 1024));

        assertThat($(Paragraph.class).withId("registrations-message").single().getText())
                .isEqualTo("Tiedostoa ei hyväksytty: vain CSV-tiedostot, enintään 2 Mt.");
        assertThat(registrations.all(stand.event())).hasSize(before);
    }

    @Test
    void a_catalogue_over_five_megabytes_is_refused_by_the_server_and_nothing_is_added() {
        int before = catalogue.ofEvent(stand.event().requireId()).size();
        navigate("staff/catalogue", Component.class);

        upload("catalogue-import", "luettelo.csv", oversized("Nimi;Osoite\n", "Iso;https://example.org/iso\n",
                5 * 1024 * 1024));

        assertThat($(Paragraph.class).withId("catalogue-import-summary").single().getText())
                .isEqualTo("Tiedostoa ei otettu vastaan: vain XLSX-, XLS- ja CSV-tiedostot, enintään 5 Mt.");
        assertThat(catalogue.ofEvent(stand.event().requireId())).hasSize(before);
    }

    @Test
    void a_set_up_file_over_a_megabyte_is_refused_by_the_server_and_no_event_is_made() {
        long before = jdbc.queryForObject("select count(*) from stand_event", Long.class);
        navigate("staff/events", Component.class);

        byte[] file = new byte[1024 * 1024 + 1];
        Arrays.fill(file, (byte) ' ');
        upload("event-import", "../../etc/setup.json", file);

        assertThat(text($(Div.class).withId("setup-result").single()))
                .contains("Tiedostoa ei hyväksytty: vain .json-tiedosto, enintään 1 Mt.");
        assertThat(jdbc.queryForObject("select count(*) from stand_event", Long.class)).isEqualTo(before);
    }

    static Stream<Arguments> fileNames() {
        return Stream.of(
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("..\\..\\windows\\win.ini", "win.ini"),
                Arguments.of("/var/lib/pyykkinaru/data/db.script", "db.script"),
                Arguments.of("C:\\Users\\x\\ohjelma.csv", "ohjelma.csv"),
                Arguments.of("..", "file"),
                Arguments.of(".", "file"),
                Arguments.of("", "file"),
                Arguments.of("ohjelma.csv/", "file"),
                Arguments.of("ohjelma\r\n2026-01-01 audit forged.csv", "ohjelma2026-01-01 audit forged.csv"),
                Arguments.of("oh\u0000jelma\u202E.csv", "ohjelma.csv"),
                Arguments.of("<img src=x onerror=alert(1)>.json", "<img src=x onerror=alert(1)>.json"));
    }

    @ParameterizedTest(name = "file name {index}: {1}")
    @MethodSource("fileNames")
    void a_file_name_is_kept_to_its_last_part_without_control_characters(String sent, String kept) {
        assertThat(Uploads.fileName(sent)).isEqualTo(kept);
    }

    @Test
    void a_file_name_is_at_most_255_characters() {
        assertThat(Uploads.fileName("å".repeat(1000) + ".csv")).hasSize(255);
    }

    private void upload(String id, String name, byte[] bytes) {
        test($(Upload.class).withId(id).single()).upload(name, "text/csv", bytes);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** A file that is good all through, only larger than its upload takes. */
    private static byte[] oversized(String heading, String row, int limit) {
        StringBuilder text = new StringBuilder(heading);
        while (text.length() <= limit) {
            text.append(row);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
