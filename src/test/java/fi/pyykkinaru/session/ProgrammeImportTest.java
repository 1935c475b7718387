package fi.pyykkinaru.session;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PyykkinaruTest
class ProgrammeImportTest {

    @Autowired ProgrammeImport programmeImport;
    @Autowired Sessions sessions;
    @Autowired Events events;

    private long newEvent() {
        return TestEvents.create(events, ModerationPolicy.PUBLISH).id();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_csv_from_excel_with_semicolons_and_a_byte_order_mark_is_imported() {
        long eventId = newEvent();
        String csv = "\uFEFFtitle;start;end;room;responsible_name;responsible_email;origin;language;description\n"
                + "Yhteiskehittäminen;2026-11-23 10:00;2026-11-23 11:00;Sali Å;Åsa Öberg;asa@example.fi;avoin haku;sv;"
                + "\"Kuvaus; jossa on puolipiste\"\n"
                + "Avaus;2026-11-23T09:00;2026-11-23T09:45;Päälava;;;;;\n";

        ImportResult result = programmeImport.csv(eventId, bytes(csv));

        assertThat(result.problems()).isEmpty();
        assertThat(sessions.programme(eventId)).extracting(Session::title).containsExactly("Avaus", "Yhteiskehittäminen");
        Session imported = sessions.programme(eventId).getLast();
        assertThat(imported.startsAt()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(imported.room()).isEqualTo("Sali Å");
        assertThat(imported.responsibleName()).isEqualTo("Åsa Öberg");
        assertThat(imported.origin()).isEqualTo(SessionOrigin.OPEN_CALL);
        assertThat(imported.language()).isEqualTo("sv");
        assertThat(imported.description()).isEqualTo("Kuvaus; jossa on puolipiste");
        assertThat(SessionTokens.isWellFormed(imported.token())).isTrue();
    }

    @Test
    void bad_rows_are_reported_line_by_line_and_nothing_is_half_imported() {
        long eventId = newEvent();
        String csv = """
                title,start,end,responsible_email,origin
                Hyvä rivi,2026-11-23 10:00,2026-11-23 11:00,,
                ,2026-11-23 10:00,2026-11-23 11:00,,
                Väärä aika,23.11.2026 klo 10,2026-11-23 11:00,,
                Väärin päin,2026-11-23 12:00,2026-11-23 11:00,maija(at)example,jotain
                """;

        ImportResult result = programmeImport.csv(eventId, bytes(csv));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.imported()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "import.error.title"),
                org.assertj.core.groups.Tuple.tuple(4, "import.error.time"),
                org.assertj.core.groups.Tuple.tuple(5, "import.error.end-before-start"),
                org.assertj.core.groups.Tuple.tuple(5, "import.error.email"),
                org.assertj.core.groups.Tuple.tuple(5, "import.error.origin"));
        assertThat(sessions.programme(eventId)).isEmpty();
    }

    @Test
    void a_csv_without_the_required_columns_says_which_are_missing() {
        ImportResult result = programmeImport.csv(newEvent(), bytes("name,when\nx,y\n"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.error.columns");
            assertThat(p.args().getFirst()).isEqualTo("title, start, end");
        });
    }

    @Test
    void an_icalendar_programme_is_imported_with_its_time_zones() {
        long eventId = newEvent();
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//Pyykkinaru//FI
                BEGIN:VEVENT
                UID:1@example.fi
                DTSTAMP:20261101T000000Z
                DTSTART;TZID=Europe/Helsinki:20261123T100000
                DTEND;TZID=Europe/Helsinki:20261123T110000
                SUMMARY:Työpaja: osallisuus
                LOCATION:Sali B
                ORGANIZER:mailto:tiimi@example.fi
                END:VEVENT
                BEGIN:VEVENT
                UID:2@example.fi
                DTSTAMP:20261101T000000Z
                DTSTART:20261123T120000Z
                DURATION:PT45M
                SUMMARY:Lounaskeskustelu
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");

        ImportResult result = programmeImport.ics(eventId, bytes(ics));

        assertThat(result.problems()).isEmpty();
        assertThat(sessions.programme(eventId)).extracting(Session::title, Session::startsAt, Session::endsAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Työpaja: osallisuus", Instant.parse("2026-11-23T08:00:00Z"),
                                Instant.parse("2026-11-23T09:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple("Lounaskeskustelu", Instant.parse("2026-11-23T12:00:00Z"),
                                Instant.parse("2026-11-23T12:45:00Z")));
        assertThat(sessions.programme(eventId).getFirst().responsibleEmail()).isEqualTo("tiimi@example.fi");
    }

    @Test
    void an_icalendar_event_without_a_title_stops_the_whole_import() {
        long eventId = newEvent();
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//Pyykkinaru//FI
                BEGIN:VEVENT
                UID:1@example.fi
                DTSTAMP:20261101T000000Z
                DTSTART:20261123T080000Z
                DTEND:20261123T090000Z
                SUMMARY:Kunnossa
                END:VEVENT
                BEGIN:VEVENT
                UID:2@example.fi
                DTSTAMP:20261101T000000Z
                DTSTART:20261123T100000Z
                DTEND:20261123T110000Z
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");

        ImportResult result = programmeImport.ics(eventId, bytes(ics));

        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "import.error.title"));
        assertThat(sessions.programme(eventId)).isEmpty();
    }

    @Test
    void a_file_that_is_neither_is_refused_plainly() {
        long eventId = newEvent();
        byte[] latin1 = "title,start,end\nK\u00e4vely,2026-11-23 10:00,2026-11-23 11:00\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(programmeImport.ics(eventId, bytes("not a calendar")).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.error.unreadable");
        assertThat(programmeImport.csv(eventId, new ByteArrayInputStream(latin1)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.error.unreadable");
        assertThat(programmeImport.csv(eventId, bytes("title,start,end\n")).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.error.empty");
    }
}
