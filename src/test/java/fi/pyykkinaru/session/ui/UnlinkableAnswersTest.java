package fi.pyykkinaru.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.evaluation.ClosingQuestion;
import fi.pyykkinaru.evaluation.ClosingQuestions;
import fi.pyykkinaru.evaluation.ClosingReply;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.kiosk.Visitor;
import fi.pyykkinaru.kiosk.VisitorTestAccess;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Questions;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionQuestion;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.session.VoterTags;
import fi.pyykkinaru.storage.BackupRestore;
import fi.pyykkinaru.storage.Backups;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Blob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The attacker of issue 16: somebody holding the database (every table read through JDBC), its files on disk, a
 * backup archive, the server's own secrets and the list of registrations. After a day of badge, kiosk and phone
 * answers they must not be able to say which answer a registered person gave, nor which answers came from one phone
 * or one visitor. The attacker knows the code (every way the application derives a voter's mark) but not what the
 * voters carry.
 */
@PyykkinaruTest
@TestPropertySource(properties = "pyykkinaru.test.context=unlinkable-answers")
@DirtiesContext
class UnlinkableAnswersTest extends SpringBrowserlessTest {

    /** Where a voter's mark is kept, and what it marks: a row names one answer (or one vote). */
    private static final List<MarkColumn> MARKS = List.of(
            new MarkColumn("feedback_voter", "voter_hash", "answer_id"),
            new MarkColumn("closing_respondent", "respondent_hash", "submission"),
            new MarkColumn("session_question", "asker_hash", "id"),
            new MarkColumn("question_vote", "voter_hash", "question_id"));

    /** Strings long enough to be a key; shorter ones are words, ids and flags. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_:.-]{8,200}");

    @Autowired JdbcTemplate jdbc;
    @Autowired Events events;
    @Autowired Sessions sessions;
    @Autowired Feedback feedback;
    @Autowired Questions questions;
    @Autowired ClosingQuestions closing;
    @Autowired Registrations registrations;
    @Autowired BadgePrinting badges;
    @Autowired Backups backups;

    @TempDir Path work;

    record MarkColumn(String table, String mark, String marked) {
    }

    record Mark(String table, String value, String marked) {
    }

    @Test
    void nothing_stored_links_an_answer_to_a_registration_or_two_answers_to_one_voter() throws Exception {
        Event event = events.current().orElseThrow();
        Session morning = session(event, "Aamun istunto", "2026-11-23T08:00:00Z");
        Session afternoon = session(event, "Iltapäivän istunto", "2026-11-23T13:00:00Z");

        // Two registered visitors; their badges are printed (queued) as at the desk.
        Registration aino = register(event, "Aino Avoin");
        Registration bertil = register(event, "Bertil Badge");
        badges.registered(aino, event, true, null);
        badges.registered(bertil, event, true, null);

        // Aino shows her badge's QR at the kiosk, answers both sessions and the closing question, and comes back
        // later to change her morning answer.
        String ainoQr = badgeQr(aino, event);
        showBadge(ainoQr);
        vote(morning, Score.P2);
        vote(afternoon, Score.P1);
        closing.answer(event.requireId(), Visitor.voterKey(), replies(event, 2), "KIOSK");
        VisitorTestAccess.next();
        showBadge(ainoQr);
        vote(morning, Score.P1);
        VisitorTestAccess.next();

        // Bertil types his code instead and answers both sessions.
        typeBadge(bertil);
        vote(morning, Score.M1);
        vote(afternoon, Score.ZERO);
        VisitorTestAccess.next();

        // A visitor who never registered answers both sessions at the kiosk.
        vote(morning, Score.ZERO);
        vote(afternoon, Score.M2);
        VisitorTestAccess.next();

        // A phone answers both sessions, asks two questions, votes another phone's question up, and answers the
        // closing question on the phone's feedback page (its own cookie there).
        String phone = "cookie:" + UUID.randomUUID();
        String otherPhone = "cookie:" + UUID.randomUUID();
        String phoneOnFeedbackPage = "cookie:" + UUID.randomUUID();
        feedback.vote(morning, phone, Score.P2, Channel.PHONE);
        feedback.vote(afternoon, phone, Score.P1, Channel.PHONE);
        questions.ask(morning, phone, "Miten tätä rahoitetaan?");
        questions.ask(morning, phone, "Saako kalvot?");
        SessionQuestion others = questions.ask(afternoon, otherPhone, "Entä tallenne?");
        SessionQuestion othersToo = questions.ask(morning, otherPhone, "Missä jatketaan?");
        questions.upvote(afternoon, others.requireId(), phone);
        questions.upvote(morning, othersToo.requireId(), phone);
        closing.answer(event.requireId(), phoneOnFeedbackPage, replies(event, 1), "PHONE");

        assertThat(feedback.result(morning).count()).as("one answer per voter, changed not doubled").isEqualTo(4);
        assertThat(feedback.result(afternoon).count()).isEqualTo(4);

        // The attacker's material.
        Path backup = backups.backUp();
        List<Mark> marks = marks();
        Set<String> material = new LinkedHashSet<>();
        List<byte[]> documents = new ArrayList<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
                String.class)) {
            jdbc.query("select * from \"" + table + "\"", rs -> {
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    Object value = rs.getObject(c);
                    if (value instanceof Blob blob) {
                        documents.add(blob.getBytes(1, (int) blob.length()));
                    } else if (value instanceof byte[] bytes) {
                        documents.add(bytes);
                    } else if (value != null) {
                        material.add(value.toString());
                    }
                }
            });
        }
        // The worst case: the backup's key was taken along with the stick, so the attacker reads the backup plain.
        Path restored = work.resolve("restored");
        BackupRestore.restore(backup, backups.keyFile(), restored);
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> unpacked = Files.walk(restored)) {
            for (Path file : unpacked.filter(Files::isRegularFile).toList()) {
                files.add(Files.readAllBytes(file));
            }
        }
        try (Stream<Path> live = Files.list(databaseFolder())) {
            for (Path file : live.filter(Files::isRegularFile).toList()) {
                files.add(Files.readAllBytes(file));
            }
        }
        for (byte[] file : files) {
            Matcher tokens = TOKEN.matcher(new String(file, StandardCharsets.ISO_8859_1));
            while (tokens.find()) {
                material.add(tokens.group());
            }
            documents.addAll(pdfsIn(file));
        }
        for (byte[] document : documents) {
            if (isPdf(document)) {
                material.addAll(PdfChecks.qrCodes(document, work));
            }
        }
        Set<String> candidates = candidates(material);
        candidates.addAll(registrations.all(event).stream().map(Registration::badgeCode).toList());

        assertThat(marks).as("the day left marks to attack").hasSizeGreaterThan(10);
        assertThat(candidates).as("the attacker's material").hasSizeGreaterThan(100);

        // 1. One voter's mark on two answers links them, whoever the voter is.
        Map<String, Set<String>> markedBy = new HashMap<>();
        marks.forEach(m -> markedBy.computeIfAbsent(m.value(), v -> new LinkedHashSet<>()).add(m.table() + ":" + m.marked()));
        assertThat(markedBy.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getValue).toList())
                .as("answers that share a voter's mark").isEmpty();

        // 2. A mark the attacker can make from what they hold tells whose it is: a registration's badge, or a voter
        // whose key lies somewhere in the data.
        Set<String> values = new java.util.HashSet<>(marks.stream().map(Mark::value).toList());
        List<String> recovered = recreated(candidates, values);
        assertThat(recovered).as("marks the attacker recreated from the database, backup and secrets").isEmpty();
    }

    /**
     * The stored marks the attacker makes again, trying the application's ways of deriving a voter's mark over every
     * candidate (kept only when they hit: the tries run into millions).
     */
    private List<String> recreated(Set<String> candidates, Set<String> values) throws GeneralSecurityException {
        List<String> found = new ArrayList<>();
        java.util.function.Consumer<String> made = mark -> {
            if (values.contains(mark)) {
                found.add(mark);
            }
        };
        List<String> serverSecrets = jdbc.queryForList("select secret from server_secret", String.class);
        for (String key : serverSecrets) {
            for (String voter : candidates) {
                for (String voterKey : voterKeys(voter)) {
                    made.accept(hmac(key, voterKey));
                }
            }
        }
        // The voter's own key over every place a mark is made in (VoterTags): any candidate as a badge's secret, a
        // cookie or a kiosk visitor's id.
        List<String> places = new ArrayList<>();
        jdbc.queryForList("select id from programme_session", Long.class).forEach(id -> places.add("feedback:" + id));
        jdbc.queryForList("select id from stand_event", Long.class).forEach(id -> places.add("closing:" + id));
        jdbc.queryForList("select id from session_question", Long.class).forEach(id -> places.add("question-vote:" + id));
        List<Map<String, Object>> asked = jdbc.queryForList("select session_id, asker_hash from session_question");
        for (String voter : candidates) {
            for (String voterKey : voterKeys(voter)) {
                for (String place : places) {
                    made.accept(VoterTags.tag(voterKey, place));
                }
                for (Map<String, Object> question : asked) {
                    String salt = question.get("ASKER_HASH").toString().substring(0, 32);
                    made.accept(salt + VoterTags.tag(voterKey, "question-asker:" + question.get("SESSION_ID") + ":" + salt)
                            .substring(0, 32));
                }
            }
        }
        return found;
    }

    private static List<String> voterKeys(String voter) {
        return List.of(voter, "badge:" + voter, "cookie:" + voter, "kiosk:" + voter);
    }

    private static String hmac(String key, String message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each string and its parts: a QR's payload, a cookie's value, a code with its prefix or dashes taken off. */
    private static Set<String> candidates(Set<String> material) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String text : material) {
            if (text.length() < 8 || text.length() > 200) {
                continue;
            }
            candidates.add(text);
            for (String part : text.split("[^A-Za-z0-9_+/=-]+")) {
                if (part.length() >= 8) {
                    candidates.add(part);
                    candidates.add(part.replace("-", ""));
                }
            }
            if (text.startsWith("PYK-")) {
                candidates.add(text.substring(4).replace("-", ""));
            }
        }
        return candidates;
    }

    /** The live database's folder, from its URL (the data folder's name is random per test context). */
    private Path databaseFolder() throws java.sql.SQLException {
        try (var connection = java.util.Objects.requireNonNull(jdbc.getDataSource()).getConnection()) {
            String url = connection.getMetaData().getURL();
            String file = url.substring("jdbc:hsqldb:file:".length()).split(";")[0];
            return Path.of(file).toAbsolutePath().getParent();
        }
    }

    private List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (MarkColumn column : MARKS) {
            jdbc.query("select " + column.mark() + ", " + column.marked() + " from " + column.table(),
                    rs -> {
                        marks.add(new Mark(column.table(), rs.getString(1), rs.getString(2)));
                    });
        }
        return marks;
    }

    /** An answer to each of the event's closing questions: the scale's {@code value}, the first option. */
    private Map<Long, ClosingReply> replies(Event event, int value) {
        Map<Long, ClosingReply> replies = new HashMap<>();
        for (ClosingQuestion question : closing.ofEvent(event.requireId())) {
            replies.put(question.requireId(), switch (question.kind()) {
                case SCALE -> new ClosingReply(value, null);
                case CHOICE -> new ClosingReply(0, null);
                case TEXT -> new ClosingReply(null, "Kiitos päivästä");
            });
        }
        return replies;
    }

    private Session session(Event event, String title, String starts) {
        Instant start = Instant.parse(starts);
        return sessions.save(new Session(null, event.requireId(), SessionTokens.next(), title, null, start,
                start.plusSeconds(3600), "Sali U", null, null, null, SessionOrigin.ORGANISER, "fi", 0));
    }

    private Registration register(Event event, String name) {
        return registrations.register(event, new RegistrationDraft(name, null, null, null, List.of("fi"), null, false),
                RegistrationSource.KIOSK);
    }

    /** What the kiosk's camera reads off the badge on paper. */
    private String badgeQr(Registration registration, Event event) throws IOException, InterruptedException {
        List<String> codes = PdfChecks.qrCodes(badges.pdf(registration, event), work);
        assertThat(codes).hasSize(1);
        return codes.getFirst();
    }

    private void showBadge(String scanned) {
        ScanView scan = navigate("scan", ScanView.class);
        var detail = JsonNodeFactory.instance.objectNode().put("event.detail.text", scanned);
        scan.scanner.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(scan.scanner, "qr-scanned", detail));
        assertThat(Visitor.badge()).as("the kiosk knows the badge").isPresent();
    }

    private void typeBadge(Registration registration) {
        ScanView scan = navigate("scan", ScanView.class);
        test(scan.code).setValue(BadgeCodes.display(registration.badgeCode()));
        test(scan.open).click();
    }

    private void vote(Session session, Score score) {
        KioskFeedbackView view = navigate("feedback/" + session.token(), KioskFeedbackView.class);
        test(view.votes.get(score)).click();
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    /** PDFs lying in a file's bytes, e.g. documents in the database's large-object file. */
    private static List<byte[]> pdfsIn(byte[] file) {
        List<byte[]> found = new ArrayList<>();
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("%PDF-");
        while (start >= 0) {
            int end = text.indexOf("%%EOF", start);
            if (end < 0) {
                break;
            }
            found.add(java.util.Arrays.copyOfRange(file, start, end + 5));
            start = text.indexOf("%PDF-", end);
        }
        return found;
    }
}
