package fi.pyykkinaru;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.harvest.Exports;
import fi.pyykkinaru.harvest.BenchBriefs;
import fi.pyykkinaru.harvest.HarvestDocuments;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.i18n.PeoplesWords;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.privacy.Privacy;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionPosters;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.staff.AuditLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rule for everything an organiser or a session's responsible person reads from the app outside its screens:
 * every export (full and anonymised), the day summary, the feedback letters, the bench-café brief, the programme
 * and the posters, and the audit log's lines, for the sample event in Finnish, Swedish and English, hold no text
 * key, no missing-translation marker, no enum constant, no "anonymousUser" and no UTC instant.
 */
@PyykkinaruTest
class PeoplesWordsTest {

    private static final String BASE = "http://10.0.0.5:8080";

    @Autowired Exports exports;
    @Autowired HarvestDocuments documents;
    @Autowired BenchBriefs briefs;
    @Autowired SessionPosters posters;
    @Autowired Sessions sessions;
    @Autowired Lines lines;
    @Autowired Events events;
    @Autowired Reports reports;
    @Autowired Privacy privacy;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void no_file_letter_or_document_shows_a_raw_key_an_enum_constant_or_a_utc_instant() throws IOException {
        Event event = events.current().orElseThrow();
        List<Session> programme = new ArrayList<>(sessions.programme(event.id()));
        programme.add(sessions.save(new Session(null, event.id(), SessionTokens.next(), "Ilman vastuuhenkilöä", null,
                clock.instant(), clock.instant().plus(Duration.ofHours(1)), null, null, null, null, SessionOrigin.ORGANISER,
                "fi", 0)));
        Line bench = BenchBriefs.benchCafeLine(lines.active(event.id())).orElseThrow();
        await(() -> !reports.of(event.id()).isEmpty());
        LocalDate today = LocalDate.now(clock);

        for (Locale locale : Translations.LOCALES) {
            for (Exports.Kind kind : Exports.Kind.values()) {
                for (boolean anonymised : List.of(false, true)) {
                    byte[] csv = exports.csv(kind, event, anonymised, locale);
                    PeoplesWords.assertReadable(kind + (anonymised ? " anonymised" : "") + " CSV in " + locale,
                            new String(csv, StandardCharsets.UTF_8));
                }
            }
            pdf("day summary in " + locale, documents.daySummary(event, today, locale));
            pdf("feedback letters in " + locale, documents.feedbackLetters(programme, event, locale, done -> { }));
            pdf("bench-café brief in " + locale, briefs.pdf(event, bench, locale));
            pdf("programme in " + locale, posters.programme(programme, event.name(), locale, BASE, done -> { }));
        }
        pdf("posters", posters.allPosters(programme, Paper.A4, BASE, done -> { }));
    }

    @Test
    void the_audit_log_reads_as_words_in_the_readers_language_and_time() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        privacy.setRetentionDays(event.id(), 30);
        privacy.setRetentionDays(event.id(), null);
        privacy.purge(event.id());
        exports.csv(Exports.Kind.SLIPS, event, true, Locale.of("fi"));
        // What other features record, including what they recorded before actions and actors were put in words.
        for (SlipStatus status : SlipStatus.values()) {
            audit.record("slip." + status.name().toLowerCase(Locale.ROOT), "slip 12: Kirjastoauto");
        }
        audit.record("account-invite", "pia ORGANISER,STAFF");
        jdbc.sql("insert into audit_entry (happened_at, actor, action, target) values (?, 'anonymousUser', "
                        + "'account-password-set', 'pia')")
                .param(clock.instant().atOffset(ZoneOffset.UTC)).update();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            audit.record("account-password-set", "pia");
        } finally {
            SecurityContextHolder.clearContext();
        }

        List<AuditLog.Entry> entries = audit.recent(12);
        for (Locale locale : Translations.LOCALES) {
            for (AuditLog.Entry entry : entries) {
                PeoplesWords.assertReadable("the audit log in " + locale, audit.describe(entry, locale));
            }
        }
        String local = audit.describe(entries.getFirst(), Locale.of("fi"));
        assertThat(local).startsWith(java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT)
                .withLocale(Locale.of("fi")).format(entries.getFirst().at().atZone(clock.getZone())))
                .contains("vierailija (ei kirjautunut)", "asetti salasanan");
        assertThat(entries.getFirst().actor()).as("stored without Spring's name for it").isEqualTo("anonymous");
        assertThat(audit.describe(entries.get(1), Locale.of("sv"))).contains("besökare (ej inloggad)");
        assertThat(audit.describe(entries.get(2), Locale.of("en"))).contains("created an account", "pia organiser,staff");
    }

    private static void pdf(String where, byte[] pdf) throws IOException {
        Files.write(Path.of("target", "words-" + where.replaceAll("[^a-zA-Z]+", "-") + ".pdf"), pdf);
        PeoplesWords.assertReadable(where, PdfChecks.text(pdf));
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(condition);
    }
}
