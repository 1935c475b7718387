package fi.pyykkinaru.notice;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.EventRemoving;
import fi.pyykkinaru.i18n.Translations;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events' privacy notices: the organisers' wording, kept per event, and the notice a visitor reads, made of that
 * wording, the event's retention and translated defaults. A save over a newer one fails with Spring's
 * {@link OptimisticLockingFailureException}: the second organiser is told, not silently overwritten.
 */
@Service
public class PrivacyNotices {

    private static final String COLUMNS = "event_id, controller, contact, purposes_fi, purposes_sv, purposes_en, version";

    private final JdbcClient jdbc;
    private final Translations translations;

    PrivacyNotices(JdbcClient jdbc, Translations translations) {
        this.jdbc = jdbc;
        this.translations = translations;
    }

    /** What the event's organisers have worded; all blank (version 0) before the first save. */
    @Transactional(readOnly = true)
    public NoticeSettings settings(long eventId) {
        return jdbc.sql("select " + COLUMNS + " from privacy_notice where event_id = ?").param(eventId)
                .query((rs, row) -> new NoticeSettings(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7)))
                .optional().orElseGet(() -> NoticeSettings.none(eventId));
    }

    /**
     * Saves the typed wording over the version it was typed on ({@code typed.version()}); returns what is saved now.
     * Refused with every problem at once, or when someone saved meanwhile.
     */
    @Transactional
    public NoticeSettings save(NoticeSettings typed) {
        List<NoticeSettings.Problem> problems = typed.problems();
        if (!problems.isEmpty()) {
            throw new InvalidNoticeException(problems);
        }
        NoticeSettings saved = typed.withVersion(typed.version() + 1);
        if (typed.version() == 0) {
            try {
                jdbc.sql("insert into privacy_notice (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                        .params(Arrays.asList(saved.eventId(), saved.controller(), saved.contact(), saved.purposesFi(),
                                saved.purposesSv(), saved.purposesEn(), saved.version()))
                        .update();
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("Someone saved this event's privacy notice first", e);
            }
        } else if (jdbc.sql("update privacy_notice set controller = ?, contact = ?, purposes_fi = ?, purposes_sv = ?, "
                        + "purposes_en = ?, version = ? where event_id = ? and version = ?")
                .params(Arrays.asList(saved.controller(), saved.contact(), saved.purposesFi(), saved.purposesSv(),
                        saved.purposesEn(), saved.version(), saved.eventId(), typed.version()))
                .update() == 0) {
            throw new OptimisticLockingFailureException("This event's privacy notice changed since it was read");
        }
        return saved;
    }

    /**
     * The notice of this event (null: a stand with no event yet) in this language, as visitors read it. Every part
     * the organisers left blank is the default, so the notice is whole and true before anyone sets it.
     */
    @Transactional(readOnly = true)
    public PrivacyNotice notice(@Nullable Event event, Locale locale) {
        // A plain-language variant keeps its variant: the default texts have plain versions.
        Locale lang = Translations.resolved(locale);
        NoticeSettings set = event == null ? NoticeSettings.none(0) : settings(event.requireId());
        String name = event == null ? "" : event.name(lang);
        List<PrivacyNotice.Section> sections = new ArrayList<>();
        String controller = set.controller() != null ? set.controller()
                : event == null ? t("notice.controller.default-no-event", lang) : t("notice.controller.default", lang, name);
        sections.add(section("controller", lang, controller));
        sections.add(section("contact", lang, t("notice.contact.text", lang),
                set.contact() != null ? set.contact() : t("notice.contact.default", lang)));
        String purposes = set.purposes(lang);
        sections.add(new PrivacyNotice.Section("purposes", t("notice.purposes", lang),
                lines(purposes != null ? purposes : t("notice.purposes.default", lang))));
        sections.add(section("retention", lang, retention(event, lang), t("notice.retention.anonymous", lang)));
        sections.add(section("recipients", lang, t("notice.recipients.text", lang)));
        sections.add(section("rights", lang, t("notice.rights.text", lang), t("notice.rights.complaint", lang)));
        return new PrivacyNotice(lang.getLanguage(), t("notice.title", lang), name, sections);
    }

    /** The event's notice goes with it. */
    @EventListener
    void on(EventRemoving removing) {
        jdbc.sql("delete from privacy_notice where event_id = ?").param(removing.eventId()).update();
    }

    private String retention(@Nullable Event event, Locale lang) {
        Integer days = event == null ? null : event.retentionDays();
        if (event == null || days == null) {
            return t("notice.retention.manual", lang);
        }
        if (event.personalDataPurgedAt() != null) {
            return t("notice.retention.purged", lang);
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(lang.getLanguage().equals("en") ? Locale.UK : Locale.of(lang.getLanguage(), "FI"));
        return t("notice.retention.days", lang, days, date.format(event.endsOn().plusDays(days)));
    }

    private PrivacyNotice.Section section(String id, Locale lang, String... paragraphs) {
        return new PrivacyNotice.Section(id, t("notice." + id, lang), List.of(paragraphs));
    }

    /** Organisers' and default texts alike: one paragraph a line, blank lines left out. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private String t(String key, Locale lang, Object... args) {
        return translations.getTranslation(key, lang, args);
    }
}
