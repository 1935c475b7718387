package fi.pyykkinaru.notice;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.Translations;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The privacy notice as a page of its own, where the foot of every phone page leads ({@code /privacy/{event}}, or
 * {@code /privacy} for the current event): plain HTML in the phone's language, readable without JavaScript.
 */
@RestController
class NoticePageController {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Events events;
    private final PrivacyNotices notices;
    private final Translations translations;
    // Compiled with the app by the jte Maven plugin (src/main/jte/notice), like the other phone pages.
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "fi.pyykkinaru");

    NoticePageController(Events events, PrivacyNotices notices, Translations translations) {
        this.events = events;
        this.notices = notices;
        this.translations = translations;
    }

    @GetMapping(value = {"/privacy", "/privacy/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> current(@RequestParam(required = false) @Nullable String lang, HttpServletRequest request) {
        return page(HttpStatus.OK, events.current(), "/privacy", lang, request);
    }

    @GetMapping(value = "/privacy/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> of(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request) {
        Optional<Event> event = events.bySlug(slug);
        // An old or mistyped address still gets a true notice: the default one, without an event's wording.
        return page(event.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND, event,
                event.map(e -> "/privacy/" + e.slug()).orElse("/privacy"), lang, request);
    }

    private ResponseEntity<String> page(HttpStatus status, Optional<Event> event, String action, @Nullable String lang,
            HttpServletRequest request) {
        Locale locale = locale(lang, request);
        NoticePage page = new NoticePage(notices.notice(event.orElse(null), locale), action,
                translations.getTranslation("notice.languages", locale));
        StringOutput html = new StringOutput(8 * 1024);
        engine.render("notice/page.jte", Map.of("page", page), html);
        return ResponseEntity.status(status).contentType(HTML_UTF8).cacheControl(CacheControl.noStore())
                .body(html.toString());
    }

    private static Locale locale(@Nullable String lang, HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) {
            return Translations.supported(Locale.of(lang.strip()));
        }
        return Collections.list(request.getLocales()).stream()
                .filter(l -> Translations.LOCALES.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst().map(Translations::supported).orElse(Translations.FINNISH);
    }
}
