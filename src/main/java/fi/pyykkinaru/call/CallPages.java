package fi.pyykkinaru.call;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.PublicAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the call's public and private pages share: the page's language, rendering with no caching (the pages hold
 * what an applicant typed, and private links), redirects after a post, and the absolute address of a private link
 * (the same base as the sessions' QR codes, so that a link opened on a phone on the venue network works).
 */
@Component
class CallPages {

    static final String FORM_ID = "call-form";
    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final CallTemplates templates;
    private final Translations translations;
    private final Events events;
    private final Calls calls;
    private final PublicAddress address;
    private final Clock clock;

    CallPages(CallTemplates templates, Translations translations, Events events, Calls calls, PublicAddress address,
            Clock clock) {
        this.templates = templates;
        this.translations = translations;
        this.events = events;
        this.calls = calls;
        this.address = address;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    Optional<Event> event(String slug) {
        return slug.matches(Event.SLUG_PATTERN) ? events.bySlug(slug) : Optional.empty();
    }

    List<Call> calls(Event event) {
        return calls.ofEvent(event.requireId());
    }

    Optional<Call> call(long id) {
        return calls.find(id);
    }

    /** The page's language: asked for ({@code ?lang=}), else the one given (a proposal's), else the browser's. */
    CallText text(@Nullable String lang, HttpServletRequest request, @Nullable String otherwise) {
        String chosen = lang != null && !lang.isBlank() ? lang : otherwise;
        if (chosen != null && !chosen.isBlank()) {
            return new CallText(Translations.supported(Locale.of(chosen.strip())), translations);
        }
        Locale browser = Collections.list(request.getLocales()).stream()
                .filter(l -> Translations.LOCALES.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst().map(Translations::supported).orElse(Translations.FINNISH);
        return new CallText(browser, translations);
    }

    CallView view(CallText text, Event event, HttpServletRequest request, String path) {
        return new CallView(text, event, (CsrfToken) request.getAttribute(CsrfToken.class.getName()), path);
    }

    ResponseEntity<String> html(HttpStatus status, String template, Map<String, Object> params) {
        return ResponseEntity.status(status).contentType(HTML_UTF8).cacheControl(CacheControl.noStore())
                .body(templates.render(template, params));
    }

    ResponseEntity<String> notFound(CallText text) {
        return html(HttpStatus.NOT_FOUND, "notFound", Map.of("text", text));
    }

    /** After a post: the page to see, in the language it was posted in, with what just happened ({@code done}). */
    static ResponseEntity<String> seeOther(String path, String lang, @Nullable String done, @Nullable String anchor) {
        var uri = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).queryParam("lang", lang);
        if (done != null) {
            uri.queryParam("done", done);
        }
        if (anchor != null) {
            uri.fragment(anchor);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, uri.build().toUriString())
                .cacheControl(CacheControl.noStore()).build();
    }

    /** A path of this app as phones on the venue network open it. */
    String absolute(String path) {
        return address.base(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()) + path;
    }

    static String privatePath(Event event, String secret) {
        return "/call/" + event.slug() + "/p/" + secret;
    }

    /** The form's fields as posted: answers are {@code q.<question key>}; an unticked box is simply absent. */
    static ApplicationForm form(String lang, MultiValueMap<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith("q.") && !values.isEmpty() && values.getFirst() != null) {
                answers.put(name.substring(2), values.getFirst());
            }
        });
        return new ApplicationForm(lang, value(params, "title"), value(params, "name"), value(params, "organisation"),
                value(params, "email"), value(params, "phone"), answers);
    }

    static String value(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }
}
