package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.storage.StorageUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The general feedback page {@code /feedback}: the current event's closing questions (or {@code ?event=slug}'s) as
 * one plain form that works with JavaScript off. The phone's own cookie (on this path only) lets a second answer
 * replace the first; the answers themselves are stored without it.
 */
@RestController
class FeedbackPageController {

    static final String RESPONDENT_COOKIE = "pyk_closing";
    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Events events;
    private final ClosingQuestions closing;
    private final Translations translations;
    private final ClosingTemplates templates;

    FeedbackPageController(Events events, ClosingQuestions closing, Translations translations,
            ClosingTemplates templates) {
        this.events = events;
        this.closing = closing;
        this.translations = translations;
        this.templates = templates;
    }

    @GetMapping(value = {"/feedback", "/feedback/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam(required = false) String event, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String sent, HttpServletRequest request, CsrfToken csrf) {
        Locale locale = locale(lang, request);
        Optional<Event> found = event(event);
        ClosingPage page = page(locale, found.orElse(null), Map.of(), Map.of(), csrf);
        if (found.isEmpty() || page.questions().isEmpty()) {
            return html(found.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.OK, "none", page);
        }
        return html(HttpStatus.OK, sent != null ? "thanks" : "form", page);
    }

    /**
     * The answers. The page's language buttons submit this form too ({@code to}): nothing is stored, and the same
     * form comes back in the other language with what was chosen and typed.
     */
    @PostMapping("/feedback")
    ResponseEntity<String> answer(@RequestParam(required = false) String event, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String to, @RequestParam Map<String, String> form,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Event> found = event(event);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (found.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, "none", page(locale(lang, request), null, Map.of(), Map.of(), csrf));
        }
        long eventId = found.get().requireId();
        Map<Long, ClosingReply> replies = replies(closing.ofEvent(eventId), form);
        if (to != null) {
            return html(HttpStatus.OK, "form", page(locale(to, request), found.get(), replies, Map.of(), csrf));
        }
        Locale locale = locale(lang, request);
        Map<Long, String> problems = closing.problems(eventId, replies);
        if (!problems.isEmpty()) {
            return html(HttpStatus.UNPROCESSABLE_CONTENT, "form", page(locale, found.get(), replies, problems, csrf));
        }
        String respondent = respondent(request).orElseGet(() -> newRespondent(response));
        closing.answer(eventId, respondent, replies, Channel.PHONE.name());
        var uri = ServletUriComponentsBuilder.fromCurrentContextPath().path("/feedback")
                .queryParam("event", found.get().slug()).queryParam("lang", locale.getLanguage())
                .queryParam("sent", "1");
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, uri.toUriString()).build();
    }

    /** A full or read-only data folder: the visitor is told, and nothing was stored. */
    @ExceptionHandler(StorageUnavailableException.class)
    ResponseEntity<String> storageUnavailable(HttpServletRequest request) {
        ClosingPage page = page(locale(request.getParameter("lang"), request), null, Map.of(),
                Map.of(0L, "storage.phone"), null);
        return html(HttpStatus.SERVICE_UNAVAILABLE, "none", page);
    }

    /** The form's answers by question: {@code q<id>} holds an option's place, a scale value, or words. */
    static Map<Long, ClosingReply> replies(List<ClosingQuestion> questions, Map<String, String> form) {
        Map<Long, ClosingReply> replies = new LinkedHashMap<>();
        for (ClosingQuestion question : questions) {
            String value = form.get("q" + question.requireId());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (question.kind() == ClosingKind.TEXT) {
                replies.put(question.requireId(), new ClosingReply(null, value));
            } else {
                try {
                    replies.put(question.requireId(), new ClosingReply(Integer.parseInt(value.strip()), null));
                } catch (NumberFormatException notOurs) {
                    // Left unanswered: a required question then says so.
                }
            }
        }
        return replies;
    }

    private Optional<Event> event(@Nullable String slug) {
        return slug == null || slug.isBlank() ? events.current() : events.bySlug(slug.strip());
    }

    private ClosingPage page(Locale locale, @Nullable Event event, Map<Long, ClosingReply> replies,
            Map<Long, String> problems, @Nullable CsrfToken csrf) {
        List<ClosingQuestion> questions = event == null ? List.of() : closing.ofEvent(event.requireId());
        return new ClosingPage(locale, translations, event, questions, replies, problems, csrf);
    }

    private ResponseEntity<String> html(HttpStatus status, String template, ClosingPage page) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        return ResponseEntity.status(status).contentType(HTML_UTF8).cacheControl(CacheControl.noStore())
                .body(templates.render(template, params));
    }

    private static Locale locale(@Nullable String lang, HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) {
            return Translations.supported(Locale.of(lang.strip()));
        }
        return Collections.list(request.getLocales()).stream()
                .filter(l -> Translations.LOCALES.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst().map(Translations::supported).orElse(Translations.FINNISH);
    }

    private static Optional<String> respondent(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> RESPONDENT_COOKIE.equals(c.getName()))
                .map(jakarta.servlet.http.Cookie::getValue).filter(v -> v.matches("[0-9a-f-]{36}")).findFirst()
                .map(v -> "cookie:" + v);
    }

    private static String newRespondent(HttpServletResponse response) {
        String id = UUID.randomUUID().toString();
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(RESPONDENT_COOKIE, id).path("/feedback")
                .httpOnly(true).sameSite("Lax").maxAge(Duration.ofDays(365)).build().toString());
        return "cookie:" + id;
    }
}
