package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.AnswerDetails;
import fi.pyykkinaru.session.Attendance;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The phone's feedback page as plain HTML: a few kilobytes, no script, every text escaped. Each step is one page
 * (vote; details and change of mind; thanks), and the forms post back to {@code /s/{token}}.
 */
final class PhonePage {

    private static final String STYLE = """
            *{box-sizing:border-box}body{margin:0;font:18px/1.45 system-ui,sans-serif;background:#f6f2e9;color:#1b1b1b}
            main{max-width:40rem;margin:0 auto;padding:12px 16px 32px}h1{font-size:1.5rem;line-height:1.2;margin:.2em 0;color:#1d3557}
            .event,.meta{margin:0;color:#444}.q{font-weight:700;font-size:1.15rem;margin:18px 0 8px}
            .votes{display:grid;gap:10px;border:0;padding:0;margin:0}.vote{display:flex;align-items:center;gap:14px;width:100%;
            min-height:60px;padding:8px 16px;border:3px solid transparent;border-radius:14px;font:inherit;font-weight:700;
            text-align:left;cursor:pointer}.vote .f{font-size:2rem;line-height:1}.vote[aria-pressed=true]{border-color:#1b1b1b;
            outline:3px solid #fff;outline-offset:-6px}.v-m2{background:#b3261e;color:#fff}.v-m1{background:#f0a04b}
            .v-0{background:#c9c9c9}.v-p1{background:#9ccc65}.v-p2{background:#2e7d32;color:#fff}
            label{display:block;font-weight:600;margin:14px 0 4px}textarea,select{width:100%;font:inherit;padding:10px;
            min-height:48px;border:2px solid #555;border-radius:8px;background:#fff}textarea{min-height:7em}
            fieldset.radio{border:0;padding:0;margin:14px 0 0}fieldset.radio label{display:flex;gap:10px;align-items:center;
            font-weight:400;min-height:48px;margin:0}input[type=radio]{width:24px;height:24px}
            .send{margin-top:18px;width:100%;min-height:56px;border:0;border-radius:14px;background:#1d3557;color:#fff;
            font:inherit;font-weight:700}.thanks{font-size:1.3rem;font-weight:700;color:#1d3557}
            .error{color:#b00020;font-weight:700}.result{margin-top:22px;padding:12px 14px;background:#fff;border-radius:12px}
            .bar{display:grid;grid-template-columns:2.2em 1fr 3em;gap:8px;align-items:center;margin:4px 0}
            .bar i{display:block;height:14px;background:#1d3557;border-radius:7px;min-width:2px}
            nav{margin-top:22px;display:flex;gap:18px}nav a{color:#1d3557;min-height:48px;display:inline-flex;align-items:center}
            """;

    private final Function<String, String> text;
    private final Locale locale;
    private final Event event;
    private final Session session;
    private final @Nullable CsrfToken csrf;
    private final FeedbackResult result;
    private final ZoneId zone;

    PhonePage(Function<String, String> text, Locale locale, Event event, Session session, @Nullable CsrfToken csrf,
            FeedbackResult result, ZoneId zone) {
        this.zone = zone;
        this.text = text;
        this.locale = locale;
        this.event = event;
        this.session = session;
        this.csrf = csrf;
        this.result = result;
    }

    static String notFound(Function<String, String> text, Locale locale) {
        return page(locale, text.apply("feedback.not-found.title"), "<h1>" + esc(text.apply("feedback.not-found.title"))
                + "</h1><p>" + esc(text.apply("feedback.not-found")) + "</p><nav><a href=\"/programme\">"
                + esc(text.apply("feedback.programme")) + "</a></nav>");
    }

    static String unavailable(Function<String, String> text, Locale locale, String sessionPath) {
        return page(locale, text.apply("storage.phone.title"), "<h1>" + esc(text.apply("storage.phone.title"))
                + "</h1><p>" + esc(text.apply("storage.phone")) + "</p><nav><a href=\"" + esc(sessionPath) + "\">"
                + esc(text.apply("storage.phone.again")) + "</a></nav>");
    }

    String vote(@Nullable Score current) {
        return page(locale, session.title(), header() + voteForm(current) + resultBlock() + languages());
    }

    String details(Score current, AnswerDetails shown, @Nullable String problemKey) {
        String form = "<form method=\"post\" action=\"" + action() + "/details\">" + hidden()
                + "<p class=\"q\">" + esc(text.apply("feedback.more")) + "</p>"
                + "<label for=\"feedback-comment\">" + esc(text.apply("feedback.comment")) + "</label>"
                + "<textarea id=\"feedback-comment\" name=\"comment\" maxlength=\"1000\""
                + (problemKey != null ? " aria-describedby=\"comment-error\" aria-invalid=\"true\"" : "") + ">"
                + esc(Objects.requireNonNullElse(shown.comment(), "")) + "</textarea>"
                + (problemKey != null ? "<p id=\"comment-error\" class=\"error\" role=\"alert\">"
                        + esc(text.apply(problemKey)) + "</p>" : "")
                + select("feedback-region", "region", "slip.region", Region.values(), shown.region(), Region::labelKey)
                + select("feedback-organisation-type", "organisationType", "feedback.organisation-type",
                        OrganisationType.values(), shown.organisationType(), t -> "organisation-type." + t.name())
                + attendance(shown.attendance())
                + "<button type=\"submit\" id=\"feedback-send\" class=\"send\">" + esc(text.apply("feedback.send"))
                + "</button></form>";
        String thanks = "<p class=\"thanks\" role=\"status\">" + esc(text.apply("feedback.thanks")) + "</p>";
        return page(locale, session.title(), header() + thanks + form + "<p class=\"q\">"
                + esc(text.apply("feedback.change")) + "</p>" + voteForm(current) + resultBlock() + languages());
    }

    String thanks(Score current) {
        return page(locale, session.title(), header() + "<p class=\"thanks\" role=\"status\">"
                + esc(text.apply("feedback.sent")) + "</p><p class=\"q\">" + esc(text.apply("feedback.change"))
                + "</p>" + voteForm(current) + resultBlock() + languages());
    }

    private String header() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        String when = time.format(session.startsAt().atZone(zone))
                + (session.room() == null ? "" : " · " + session.room());
        return "<p class=\"event\">" + esc(event.name()) + "</p><h1>" + esc(session.title()) + "</h1><p class=\"meta\">"
                + esc(when) + "</p>";
    }

    private String voteForm(@Nullable Score current) {
        StringBuilder html = new StringBuilder("<form method=\"post\" action=\"" + action() + "\">" + hidden()
                + "<fieldset class=\"votes\"><legend class=\"q\">" + esc(text.apply("feedback.question"))
                + "</legend>");
        for (Score score : Score.values()) {
            html.append("<button type=\"submit\" name=\"score\" value=\"").append(score.value()).append("\" id=\"")
                    .append(score.testId()).append("\" class=\"vote v-").append(score.testId().substring(5))
                    .append("\" aria-pressed=\"").append(score == current).append("\"><span class=\"f\" aria-hidden=\"true\">")
                    .append(score.face())
                    .append("</span><span>").append(esc(text.apply(score.labelKey()))).append("</span></button>");
        }
        return html.append("</fieldset></form>").toString();
    }

    private String resultBlock() {
        long count = result.count();
        StringBuilder html = new StringBuilder("<section class=\"result\" aria-label=\"")
                .append(esc(text.apply("feedback.result"))).append("\"><p><strong>")
                .append(esc(PhonePage.answers(text, locale, count))).append("</strong>");
        result.median().ifPresent(m -> html.append(" · ").append(esc(text.apply("feedback.median"))).append(" ")
                .append(esc(median(m, locale))));
        html.append("</p>");
        for (Score score : Score.values()) {
            long n = result.distribution().get(score);
            long percent = count == 0 ? 0 : Math.round(100.0 * n / count);
            html.append("<div class=\"bar\"><span>").append(score.signed())
                    .append("</span><i style=\"width:").append(percent).append("%\"></i><span>").append(n)
                    .append("</span></div>");
        }
        return html.append("</section>").toString();
    }

    private String attendance(@Nullable Attendance chosen) {
        StringBuilder html = new StringBuilder("<fieldset class=\"radio\"><legend>")
                .append(esc(text.apply("feedback.attendance"))).append("</legend>");
        for (Attendance a : Attendance.values()) {
            html.append("<label><input type=\"radio\" name=\"attendance\" value=\"").append(a.name()).append("\"")
                    .append(a == chosen ? " checked" : "").append(">").append(esc(text.apply("attendance." + a.name())))
                    .append("</label>");
        }
        return html.append("</fieldset>").toString();
    }

    private <E extends Enum<E>> String select(String id, String name, String labelKey, E[] values, @Nullable E chosen,
            Function<E, String> key) {
        StringBuilder html = new StringBuilder("<label for=\"").append(id).append("\">")
                .append(esc(text.apply(labelKey))).append("</label><select id=\"").append(id).append("\" name=\"")
                .append(name).append("\"><option value=\"\">").append(esc(text.apply("slip.region.none")))
                .append("</option>");
        for (E value : values) {
            html.append("<option value=\"").append(value.name()).append("\"").append(value == chosen ? " selected" : "")
                    .append(">").append(esc(text.apply(key.apply(value)))).append("</option>");
        }
        return html.append("</select>").toString();
    }

    private String languages() {
        StringBuilder html = new StringBuilder("<nav aria-label=\"").append(esc(text.apply("kiosk.language")))
                .append("\">");
        for (Locale l : Translations.LOCALES) {
            String name = l.getDisplayLanguage(l);
            html.append("<a lang=\"").append(l.getLanguage()).append("\" href=\"").append(action()).append("?lang=")
                    .append(l.getLanguage()).append("\">").append(esc(name.substring(0, 1).toUpperCase(l) + name.substring(1)))
                    .append("</a>");
        }
        return html.append("<a href=\"/programme\">").append(esc(text.apply("feedback.programme"))).append("</a></nav>")
                .toString();
    }

    private String hidden() {
        String lang = "<input type=\"hidden\" name=\"lang\" value=\"" + locale.getLanguage() + "\">";
        return csrf == null ? lang
                : lang + "<input type=\"hidden\" name=\"" + esc(csrf.getParameterName()) + "\" value=\""
                        + esc(csrf.getToken()) + "\">";
    }

    private String action() {
        return "/s/" + session.token();
    }

    static String answers(Function<String, String> text, Locale locale, long count) {
        return new java.text.MessageFormat(text.apply("feedback.count"), locale).format(new Object[] {count});
    }

    /** A median as people read it: "1", "0,5" in Finnish and Swedish, "0.5" in English. */
    static String median(double median, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(median);
    }

    private static String page(Locale locale, String title, String body) {
        return "<!doctype html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + "</title><style>" + STYLE + "</style></head><body><main>" + body + "</main></body></html>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
