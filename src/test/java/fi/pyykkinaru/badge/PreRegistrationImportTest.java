package fi.pyykkinaru.badge;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PyykkinaruTest
class PreRegistrationImportTest {

    @Autowired PreRegistrationImport preRegistration;
    @Autowired Registrations registrations;
    @Autowired Events events;

    private Event event;

    @BeforeEach
    void event() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
    }

    @Test
    void a_semicolon_list_from_excel_is_imported_with_a_unique_badge_code_for_everyone() {
        String csv = "\uFEFFname;organisation;organisation_type;region;languages;email;email_consent\n"
                + "Päivi Könönen;Kuopion Kaupunki;public;pohjois-savo;fi en;paivi@example.fi;kyllä\n"
                + "Björn Åström;Föreningen Rf;ngo;pohjanmaa;sv/fi;;\n";

        PreRegistrationImport.Result result = preRegistration.csv(event, stream(csv));

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).hasSize(2);
        Registration paivi = registrations.find(event, "Päivi").getFirst();
        assertThat(paivi.organisationType()).isEqualTo(OrganisationType.PUBLIC);
        assertThat(paivi.region()).isEqualTo(Region.POHJOIS_SAVO);
        assertThat(paivi.languageCodes()).containsExactly("fi", "en");
        assertThat(paivi.email()).isEqualTo("paivi@example.fi");
        assertThat(paivi.source()).isEqualTo(RegistrationSource.IMPORT);
        assertThat(registrations.all(event)).extracting(Registration::badgeCode).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(BadgeCodes.isWellFormed(code)).isTrue());
    }

    @Test
    void one_bad_row_stops_the_whole_import_and_every_problem_is_reported_by_its_line() {
        String csv = "name,organisation,email,email_consent\n"
                + "Hyvä Henkilö,Yhdistys,,\n"
                + ",Nimetön Oy,,\n"
                + "Posti Ilman Lupaa,,posti@example.fi,\n";

        PreRegistrationImport.Result result = preRegistration.csv(event, stream(csv));

        assertThat(result.imported()).isEmpty();
        assertThat(result.problems()).extracting(RegistrationProblem::line, RegistrationProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "register.error.required"),
                        org.assertj.core.groups.Tuple.tuple(4, "register.error.consent"));
        assertThat(registrations.all(event)).isEmpty();
    }

    @Test
    void a_file_that_is_not_utf8_or_lacks_the_name_column_is_refused_clearly() {
        byte[] latin1 = "name\nJyväskylä\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(preRegistration.csv(event, new ByteArrayInputStream(latin1)).problems())
                .extracting(RegistrationProblem::messageKey).containsExactly("registrations.import.unreadable");
        assertThat(preRegistration.csv(event, stream("henkilö;org\nMatti;X\n")).problems())
                .extracting(RegistrationProblem::messageKey).containsExactly("import.error.columns");
        assertThat(registrations.all(event)).isEmpty();
    }

    @Test
    void headings_and_values_in_the_apps_own_words_are_read_as_the_codes_are() {
        String csv = "Nimi;Organisaation tyyppi;Alue;Kielet\nMatti Meikäläinen;Järjestö;Pohjois-Savo;suomi, ruotsi\n"
                + "Anna Andersson;Organisation eller förening;Norra Savolax;svenska\n";

        PreRegistrationImport.Result result = preRegistration.csv(event, stream(csv));

        assertThat(result.problems()).isEmpty();
        Registration matti = registrations.find(event, "Matti").getFirst();
        assertThat(matti.organisationType()).isEqualTo(OrganisationType.NGO);
        assertThat(matti.region()).isEqualTo(Region.POHJOIS_SAVO);
        assertThat(matti.languageCodes()).containsExactly("fi", "sv");
        Registration anna = registrations.find(event, "Anna").getFirst();
        assertThat(anna.organisationType()).isEqualTo(OrganisationType.NGO);
        assertThat(anna.languageCodes()).containsExactly("sv");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
