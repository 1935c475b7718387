package fi.pyykkinaru.harvest;

import fi.pyykkinaru.i18n.Translations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The message that asks a reported party for a short text, in their language: what was reported, what we ask,
 * and the privacy notice. Ready to copy, or to open in the mail client.
 */
public record ContactMessage(String subject, String body, @Nullable String to) {

    public static ContactMessage of(Report report, String eventName, Translations translations) {
        Locale locale = Translations.supported(Locale.of(report.contactLanguage()));
        String subject = translations.getTranslation("contact.subject", locale, eventName);
        String body = translations.getTranslation("contact.body", locale, eventName, report.title(),
                report.body() == null ? "" : report.body(), report.organisation() == null ? "" : report.organisation());
        String to = report.contact() != null && report.contact().contains("@") ? report.contact().strip() : null;
        return new ContactMessage(subject, body, to);
    }

    /** A mailto: address that opens this message in the mail client. */
    public String mailto() {
        return "mailto:" + (to == null ? "" : encode(to)) + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
