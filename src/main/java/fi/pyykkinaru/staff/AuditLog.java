package fi.pyykkinaru.staff;

import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.text.ExportTable;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What organisers and staff did: logins, set-up, the programme, registrations, printing, reports, exports, erasure.
 * Each entry says who acted, when, on what (ids only, never a person's name or words: erasure relies on the log
 * naming nobody) and how it ended. The app only ever adds entries; nothing in it changes or removes one.
 */
@Service
public class AuditLog {

    /** How an action ended. */
    public enum Outcome {
        /** It was done. */
        DONE,
        /** It was refused: bad input, a wrong password, a rule that forbids it. */
        REFUSED,
        /** It was tried and went wrong. */
        FAILED;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Outcome of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** One line of the log. */
    public record Entry(long id, Instant at, String actor, String action, String target, Outcome outcome) {

        public Entry(Instant at, String actor, String action, String target) {
            this(0, at, actor, action, target, Outcome.DONE);
        }
    }

    /** Which entries to show: null or blank parts do not narrow. {@code text} is looked for in actor, action and target. */
    public record Filter(@Nullable Instant from, @Nullable Instant to, @Nullable String actor, @Nullable String action,
            @Nullable String text) {

        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** Who acted when nobody was signed in: start-up and scheduled work. */
    static final String SYSTEM = "system";
    /** Who acted without a login: a visitor, or a person opening their one-time setup link. */
    static final String ANONYMOUS = "anonymous";
    /** Most entries an export holds; far more than an event's staff make. */
    static final int EXPORT_LIMIT = 100_000;
    // Spring Security's name for the anonymous user, in entries written before ANONYMOUS.
    private static final String SPRING_ANONYMOUS = "anonymousUser";
    // Words the recording code writes into targets ("report 12", "event 3: 40 records", "ORGANISER,STAFF").
    private static final List<String> TARGET_WORDS = List.of("slip", "report", "event", "line", "registration", "records",
            "days", "none", "proposal", "call", "session", "job", "stand", "screen", "member", "voice", "entry", "account",
            "unknown", "goal");
    private static final Pattern TARGET_WORD = Pattern.compile("\\b(" + String.join("|", TARGET_WORDS)
            + "|ORGANISER|STAFF|REVIEWER|SLIP|REGISTRATION|REPORT)\\b");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final DateTimeFormatter CELL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcClient jdbc;
    private final Translations translations;
    private final Clock clock;
    private final TransactionTemplate apart;

    AuditLog(JdbcClient jdbc, Translations translations, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records a done action by whoever is signed in on this thread, in the action's own transaction. Not in a new
     * one: HSQLDB can deadlock a second transaction of the same thread against a visitor's request waiting for
     * the first. Inside a read-only transaction (a PDF or export drawn while reading) the entry is written as that
     * transaction ends, in one of its own. The action is a key whose words are {@code audit.action.<action>}; the target names things by id only.
     */
    @Transactional
    public void record(String action, String target) {
        record(action, target, Outcome.DONE);
    }

    /**
     * Records an action with how it ended. A refused or failed one inside a transaction is written once that
     * transaction has ended, in one of its own: the refusal usually rolls the action's transaction back, and the
     * entry must stay.
     */
    @Transactional
    public void record(String action, String target, Outcome outcome) {
        String actor = actor();
        if (outcome == Outcome.DONE && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            insert(actor, action, target, outcome);
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    apart.executeWithoutResult(s -> insert(actor, action, target, outcome));
                }
            });
        } else {
            apart.executeWithoutResult(s -> insert(actor, action, target, outcome));
        }
    }

    /** A login (or a refused one), which happens before anybody is signed in on the thread. */
    void recordAs(String actor, String action, String target, Outcome outcome) {
        apart.executeWithoutResult(s -> insert(actor, action, target, outcome));
    }

    private void insert(String actor, String action, String target, Outcome outcome) {
        jdbc.sql("insert into audit_entry (happened_at, actor, action, target, outcome) values (?, ?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), truncate(actor, 120), truncate(action, 40),
                        truncate(target, 400), outcome.code())
                .update();
    }

    /** Whoever is signed in on this thread; "system" for start-up and scheduled work, "anonymous" without a login. */
    static String actor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null) {
            return SYSTEM;
        }
        return who instanceof AnonymousAuthenticationToken ? ANONYMOUS : who.getName();
    }

    public List<Entry> recent(int limit) {
        return find(Filter.ALL, limit);
    }

    /** The entries the filter lets through, newest first, at most {@code limit}. */
    public List<Entry> find(Filter filter, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.from() != null) {
            where.append(" and happened_at >= ?");
            params.add(filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and happened_at < ?");
            params.add(filter.to().atOffset(ZoneOffset.UTC));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and actor = ?");
            params.add(filter.actor());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and action = ?");
            params.add(filter.action());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(target) like ? escape '\\' or lower(actor) like ? escape '\\'"
                    + " or lower(action) like ? escape '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        params.add(limit);
        return jdbc.sql("select id, happened_at, actor, action, target, outcome from audit_entry" + where
                        + " order by id desc limit ?")
                .params(params)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getObject("happened_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                        Outcome.of(rs.getString("outcome"))))
                .list();
    }

    /** Everybody who has acted, for the filter's choice. */
    @Transactional(readOnly = true)
    public List<String> actors() {
        return jdbc.sql("select distinct actor from audit_entry order by actor").query((rs, row) -> rs.getString(1)).list();
    }

    /** Every action recorded so far, for the filter's choice. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_entry order by action").query((rs, row) -> rs.getString(1)).list();
    }

    /**
     * The entries the filter lets through as CSV in the reader's words, oldest first, with the action's key beside
     * its words for whoever sorts the file. The export itself is recorded afterwards, so the file does not hold it.
     */
    public byte[] csv(Filter filter, Locale locale) {
        List<ExportTable.Column> header = List.of("time", "actor", "action", "code", "target", "outcome").stream()
                .map(name -> ExportTable.Column.of(translations.getTranslation("audit.column." + name, locale),
                        ExportTable.Kind.TEXT))
                .toList();
        List<List<String>> rows = new ArrayList<>(find(filter, EXPORT_LIMIT).reversed().stream()
                .map(e -> List.of(CELL_TIME.format(e.at().atZone(clock.getZone())), actorWords(e.actor(), locale),
                        actionWords(e.action(), locale), e.action(), targetWords(e.target(), locale),
                        outcomeWords(e.outcome(), locale)))
                .toList());
        byte[] csv = new ExportTable(header, rows).csv(locale);
        record("audit.export", rows.size() + " records");
        return csv;
    }

    /** The export's file name, with the local time it was made. */
    public String fileName() {
        return "audit-log-" + FILE_TIME.format(clock.instant().atZone(clock.getZone())) + ".csv";
    }

    /**
     * An entry as a person reads it: the local time, who (their username, or what acted without one), what they
     * did in words, and on what.
     */
    public String describe(Entry entry, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        return time.format(entry.at().atZone(clock.getZone())) + " · " + actorWords(entry.actor(), locale) + " · "
                + actionWords(entry.action(), locale) + (entry.target().isBlank() ? "" : " · " + targetWords(entry.target(), locale))
                + (entry.outcome() == Outcome.DONE ? "" : " · " + outcomeWords(entry.outcome(), locale));
    }

    public String actorWords(String actor, Locale locale) {
        return switch (actor) {
            case SYSTEM -> translations.getTranslation("audit.actor.system", locale);
            case ANONYMOUS, SPRING_ANONYMOUS -> translations.getTranslation("audit.actor.anonymous", locale);
            default -> actor;
        };
    }

    public String actionWords(String action, Locale locale) {
        String key = "audit.action." + action.toLowerCase(Locale.ROOT);
        // An action recorded by a newer or older version than this one's texts still reads as an action.
        return known(key, locale) ? translations.getTranslation(key, locale)
                : translations.getTranslation("audit.action.other", locale);
    }

    public String targetWords(String target, Locale locale) {
        Matcher words = TARGET_WORD.matcher(target);
        StringBuilder text = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(text, Matcher.quoteReplacement(
                    translations.getTranslation("audit.word." + words.group(1).toLowerCase(Locale.ROOT), locale)));
        }
        return words.appendTail(text).toString();
    }

    /**
     * What an organiser typed to look for, in the words targets are stored with: "raportti 12" finds "report 12",
     * which the screen shows as "raportti 12".
     */
    public String storedWords(String typed, Locale locale) {
        String text = typed;
        for (String word : TARGET_WORDS) {
            Pattern words = Pattern.compile(Pattern.quote(translations.getTranslation("audit.word." + word, locale)),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            text = words.matcher(text).replaceAll(Matcher.quoteReplacement(word));
        }
        return text;
    }

    public String outcomeWords(Outcome outcome, Locale locale) {
        return translations.getTranslation("audit.outcome." + outcome.code(), locale);
    }

    private static boolean known(String key, Locale locale) {
        try {
            ResourceBundle.getBundle("i18n.messages", Translations.supported(locale)).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
