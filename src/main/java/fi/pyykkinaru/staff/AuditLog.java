package fi.pyykkinaru.staff;

import fi.pyykkinaru.i18n.Translations;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What organisers and staff did with people's data and the reports: exports, merges, deletions, hides. */
@Service
public class AuditLog {

    /** One line of the log. */
    public record Entry(Instant at, String actor, String action, String target) {
    }

    /** Who acted when nobody was signed in: start-up and scheduled work. */
    static final String SYSTEM = "system";
    /** Who acted without a login: a visitor, or a person opening their one-time setup link. */
    static final String ANONYMOUS = "anonymous";
    // Spring Security's name for the anonymous user, in entries written before ANONYMOUS.
    private static final String SPRING_ANONYMOUS = "anonymousUser";
    // Words the recording code writes into targets ("report 12", "event 3: 40 records", "ORGANISER,STAFF").
    private static final Pattern TARGET_WORD = Pattern.compile("\\b(slip|report|event|line|registration|records|days|none"
            + "|proposal|call|ORGANISER|STAFF|REVIEWER|SLIP|REGISTRATION|REPORT)\\b");

    private final JdbcClient jdbc;
    private final Translations translations;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Translations translations, Clock clock) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Records an action by whoever is signed in on this thread, in the action's own transaction. Not in a new
     * one: HSQLDB can deadlock a second transaction of the same thread against a visitor's request waiting for
     * the first. Callers that only read therefore do not hold a read-only transaction open around this.
     * The action is a key whose words are {@code audit.action.<action>}.
     */
    @Transactional
    public void record(String action, String target) {
        jdbc.sql("insert into audit_entry (happened_at, actor, action, target) values (?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), actor(), action, truncate(target)).update();
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
        return jdbc.sql("select happened_at, actor, action, target from audit_entry order by id desc limit ?").param(limit)
                .query((rs, row) -> new Entry(rs.getObject("happened_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("target"))).list();
    }

    /**
     * An entry as a person reads it: the local time, who (their username, or what acted without one), what they
     * did in words, and on what.
     */
    public String describe(Entry entry, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        return time.format(entry.at().atZone(clock.getZone())) + " · " + actorWords(entry.actor(), locale) + " · "
                + actionWords(entry.action(), locale) + (entry.target().isBlank() ? "" : " · " + targetWords(entry.target(), locale));
    }

    private String actorWords(String actor, Locale locale) {
        return switch (actor) {
            case SYSTEM -> translations.getTranslation("audit.actor.system", locale);
            case ANONYMOUS, SPRING_ANONYMOUS -> translations.getTranslation("audit.actor.anonymous", locale);
            default -> actor;
        };
    }

    private String actionWords(String action, Locale locale) {
        String key = "audit.action." + action.toLowerCase(Locale.ROOT);
        // An action recorded by a newer or older version than this one's texts still reads as an action.
        return known(key, locale) ? translations.getTranslation(key, locale)
                : translations.getTranslation("audit.action.other", locale);
    }

    private String targetWords(String target, Locale locale) {
        Matcher words = TARGET_WORD.matcher(target);
        StringBuilder text = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(text, Matcher.quoteReplacement(
                    translations.getTranslation("audit.word." + words.group(1).toLowerCase(Locale.ROOT), locale)));
        }
        return words.appendTail(text).toString();
    }

    private static boolean known(String key, Locale locale) {
        try {
            ResourceBundle.getBundle("i18n.messages", Translations.supported(locale)).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String truncate(String target) {
        return target.length() <= 400 ? target : target.substring(0, 399) + "…";
    }
}
