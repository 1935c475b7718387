package fi.pyykkinaru.harvest.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipTexts;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.harvest.Exports;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.text.CsvFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import fi.pyykkinaru.i18n.PeoplesWords;
import fi.pyykkinaru.i18n.Translations;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** An organiser after the sample day: the harvest, its reports with their status as text, and the team's rotation. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class HarvestViewTest extends SpringBrowserlessTest {

    @Autowired Reports reports;
    @Autowired ThisStand stand;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired SlipTexts slipTexts;
    @Autowired JdbcClient jdbc;

    @Test
    void the_sample_days_practices_are_reports_and_the_team_takes_them_in_turns() {
        long eventId = stand.event().id();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> reports.of(eventId).size() >= slipTexts.publishedPracticeIds(eventId).size());
        HarvestView view = navigate("harvest", HarvestView.class);
        var grid = test(view.reports.grid);
        int rows = grid.size();

        assertThat(rows).isGreaterThanOrEqualTo(8);
        assertThat(((Span) grid.getCellComponent(0, 3)).getText()).startsWith("Uusi");
        assertThat(view.overview.count.getText()).endsWith("lappua");
        assertThat(view.team.members.getChildren().count()).isEqualTo(3);

        test(view.reports.assignNew).click();

        assertThat(view.reports.message.getText()).contains("jaettiin");
        assertThat(reports.of(stand.event().id())).filteredOn(r -> !r.hidden())
                .allSatisfy(r -> assertThat(r.status()).isNotEqualTo(ReportStatus.NEW));
        Report first = reports.of(stand.event().id()).getFirst();
        assertThat(((Span) test(view.reports.grid).getCellComponent(0, 3)).getText()).startsWith("Jaettu");
        assertThat(first.assigneeId()).isNotNull();
    }

    @Test
    void the_export_and_summary_links_give_the_events_files_as_chosen() throws Exception {
        HarvestView view = navigate("harvest", HarvestView.class);

        byte[] csv = download(view.exports.csv);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(header(csv)).as("in the organiser's language").containsExactly("Nro", "Naru", "Otsikko", "Kuvaus",
                "Organisaatio", "Kenen käytäntö", "Alue", "Teemat", "Tila", "Osasto", "Ripustettu", "Äänet (+1)",
                "Omistajan yhteystieto", "Ilmiantajan nimi", "Ilmiantajan sähköposti", "Lupa yhteydenottoon");
        assertThat(rows(csv)).anySatisfy(row -> {
            assertThat(row.get("Otsikko")).isEqualTo("Kävelevä kahvila");
            assertThat(row.get("Naru")).isEqualTo("hyva-kaytanto");
            assertThat(row.get("Osasto")).isEqualTo("Esimerkkiosasto");
            assertThat(row.get("Tila")).isEqualTo("Narulla");
        });

        view.exports.kind.setValue(Exports.Kind.REPORTS);
        view.exports.anonymised.setValue(true);
        byte[] anonymisedReports = download(view.exports.csv);

        assertThat(header(anonymisedReports)).contains("Otsikko", "Vastuuhenkilö", "Lappuja").doesNotContain("Yhteystieto");
        assertThat(rows(anonymisedReports)).extracting(row -> row.get("Otsikko")).contains("Kävelevä kahvila");

        String summary = PdfChecks.text(download(view.exports.daySummary)).replaceAll("\\s+", " ");

        assertThat(summary).contains(stand.event().name(), "Kävelevä kahvila");
    }

    @Test
    void the_harvest_reads_in_words_in_every_language_its_audit_log_too_and_the_brief_is_the_bench_cafes() {
        for (Locale locale : Translations.LOCALES) {
            UI.getCurrent().setLocale(locale);
            HarvestView view = navigate("harvest", HarvestView.class);
            download(view.exports.csv);
            view = navigate("harvest", HarvestView.class);

            assertThat(view.exports.briefLine.getValue().code()).isEqualTo("penkkikahvila");
            assertThat(view.exports.brief.isEnabled()).isTrue();
            PrivacySection privacy = java.util.Objects.requireNonNull(view.privacy);
            assertThat(privacy.log.getChildren()).isNotEmpty();
            privacy.log.getChildren().forEach(row -> PeoplesWords.assertReadable("an audit log row in " + locale,
                    row.getElement().getTextRecursively()));
            PeoplesWords.assertReadable("the harvest page in " + locale, view.getElement().getTextRecursively());
        }
    }

    @Test
    void opening_the_harvest_writes_nothing_not_even_a_missing_report() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line practices = TestEvents.practiceLine(lines, event);
        slips.peg(practices.requireId(), new SlipDraft("Hiljainen käytäntö", "Kuvaus.", "Järjestö", Ownership.OWN,
                Region.HELSINKI, Set.of(), null, null, null, false), "Halli A");
        Report made = await().atMost(Duration.ofSeconds(10)).until(() -> reports.of(event.id()), r -> r.size() == 1)
                .getFirst();
        // Its news lost, as in a crash: the harvest page used to make such reports when it opened.
        jdbc.sql("delete from report_slip where report_id = ?").param(made.requireId()).update();
        jdbc.sql("delete from report where id = ?").param(made.requireId()).update();
        List<Long> before = writes(event);

        UI.getCurrent().navigate("harvest", QueryParameters.of("event", event.slug()));
        HarvestView view = (HarvestView) getCurrentView();

        assertThat(view.heading.getText()).contains(event.name());
        assertThat(writes(event)).isEqualTo(before);
        assertThat(reports.of(event.id())).isEmpty();
    }

    /** Rows and versions of what the harvest page could change for the event, and the audit log's length. */
    private List<Long> writes(Event event) {
        return jdbc.sql("select (select count(*) from report where event_id = :e), "
                        + "(select coalesce(sum(version), 0) from report where event_id = :e), "
                        + "(select count(*) from report_slip x join report r on r.id = x.report_id where r.event_id = :e), "
                        + "(select count(*) from production_member where event_id = :e), "
                        + "(select coalesce(sum(version), 0) from slip where event_id = :e), "
                        + "(select count(*) from audit_entry) from stand_event where id = :e")
                .param("e", event.id())
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)))
                .single();
    }

    private byte[] download(Anchor link) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        return out.toByteArray();
    }

    private static List<String> header(byte[] csv) throws Exception {
        try (CSVParser parser = CsvFiles.read(new ByteArrayInputStream(csv))) {
            return parser.getHeaderNames();
        }
    }

    private static List<CSVRecord> rows(byte[] csv) throws Exception {
        try (CSVParser parser = CsvFiles.read(new ByteArrayInputStream(csv))) {
            return parser.getRecords();
        }
    }
}
