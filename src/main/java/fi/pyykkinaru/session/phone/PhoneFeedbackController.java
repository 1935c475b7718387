package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.AfterVote;
import fi.pyykkinaru.session.Answer;
import fi.pyykkinaru.session.AnswerDetails;
import fi.pyykkinaru.session.Attendance;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Questions;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.printing.QrCodes;
import fi.pyykkinaru.privacy.SmallGroups;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionAddresses;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.storage.StorageUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a phone opens from a session's QR code: one light HTML page per step (vote, optional details, thanks),
 * plain forms that work with JavaScript off, not a Vaadin UI per phone. The voter is the phone's cookie.
 */
@RestController
class PhoneFeedbackController {

    static final String VOTER_COOKIE = "pyk_voter";
    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final Sessions sessions;
    private final Events events;
    private final Feedback feedback;
    private final Translations translations;
    private final QrCodes qrCodes;
    private final SessionAddresses addresses;
    private final java.time.Clock clock;
    private final PhoneTemplates templates;
    private final Questions questions;
    private final java.util.List<AfterVote> afterVote;
    private final SmallGroups smallGroups;
    private final Recent<String, Optional<Session>> recentSessions = new Recent<>(Duration.ofSeconds(2));
    private final Recent<Long, fi.pyykkinaru.event.Event> recentEvents = new Recent<>(Duration.ofSeconds(2));
    private final Recent<String, Optional<AfterVote.Offer>> recentOffers = new Recent<>(Duration.ofSeconds(2));

    PhoneFeedbackController(Sessions sessions, Events events, Feedback feedback, Translations translations,
            QrCodes qrCodes, SessionAddresses addresses, java.time.Clock clock, PhoneTemplates templates,
            Questions questions, java.util.List<AfterVote> afterVote, SmallGroups smallGroups) {
        this.smallGroups = smallGroups;
        this.questions = questions;
        this.afterVote = afterVote;
        this.clock = clock;
        this.templates = templates;
        this.sessions = sessions;
        this.events = events;
        this.feedback = feedback;
        this.translations = translations;
        this.qrCodes = qrCodes;
        this.addresses = addresses;
    }

    /**
     * Where the poster's line "open …/s and type the code" leads: a field for the code. The form asks with GET, so
     * a wrong code is only shown again; its language buttons ({@code to}) keep what was typed.
     */
    @GetMapping(value = {"/s", "/s/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> code(@RequestParam(required = false) String code, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String to, HttpServletRequest request) {
        PhoneText text = text(locale(to != null ? to : lang, request));
        if (code == null || to != null) {
            return html(HttpStatus.OK, "code", Map.of("page", new CodePage(text, code == null ? "" : code, null)));
        }
        String token = CodePage.token(code);
        Optional<String> misread = CodePage.misread(token);
        if (misread.isPresent()) {
            return html(HttpStatus.UNPROCESSABLE_CONTENT, "code", Map.of("page", new CodePage(text, code, misread.get())));
        }
        return sessions.byToken(token).map(s -> seeOther(s.token(), text.lang(), null))
                .orElseGet(() -> html(HttpStatus.NOT_FOUND, "code",
                        Map.of("page", new CodePage(text, code, "feedback.code.unknown"))));
    }

    @GetMapping(value = "/s/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String token, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String step, @RequestParam(required = false) String asked,
            HttpServletRequest request, CsrfToken csrf) {
        PhoneText text = text(locale(lang, request));
        Optional<Session> found = recentSessions.get(token, sessions::byToken);
        if (found.isEmpty()) {
            // A mistyped address: the code field comes with it, holding what was typed, to be put right.
            return html(HttpStatus.NOT_FOUND, "notFound", Map.of("page", new CodePage(text, token, null)));
        }
        Session session = found.get();
        Optional<String> voter = voter(request);
        Optional<Answer> answer = voter.flatMap(v -> feedback.answerOf(session, v));
        QuestionBoard board = QuestionBoard.of(questions.onPhone(session, voter.orElse(null)), asked);
        if (answer.isEmpty()) {
            return html(HttpStatus.OK, "vote", Map.of("page", page(text, session, csrf, null, board)));
        }
        PhonePage page = page(text, session, csrf, answer.get().scoreValue(), board);
        Map<String, Object> params = new java.util.HashMap<>(Map.of("page", page));
        offer(session, text).ifPresent(offer -> params.put("offer", offer));
        if (!"sent".equals(step)) {
            params.put("shown", AnswerDetails.of(answer.get()));
        }
        return html(HttpStatus.OK, "sent".equals(step) ? "thanks" : "details", params);
    }

    @PostMapping("/s/{token}")
    ResponseEntity<String> vote(@PathVariable String token, @RequestParam(required = false) String score,
            @RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response) {
        // As the page was shown: a session removed in the last two seconds refuses the vote in the database.
        Optional<Session> session = recentSessions.get(token, sessions::byToken);
        Optional<Score> chosen = parseScore(score);
        if (session.isEmpty() || chosen.isEmpty()) {
            return seeOther(token, lang, null);
        }
        String voter = voter(request).orElseGet(() -> newVoter(response));
        feedback.vote(session.get(), voter, chosen.get(), Channel.PHONE);
        return seeOther(session.get().token(), lang, null);
    }

    /**
     * The follow-up answers. The page's language buttons submit this form too ({@code to}): what was typed is saved
     * and the same form comes back in the other language, still filled in, not sent yet.
     */
    @PostMapping("/s/{token}/details")
    ResponseEntity<String> details(@PathVariable String token, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String region, @RequestParam(required = false) String organisationType,
            @RequestParam(required = false) String attendance, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String to, HttpServletRequest request) {
        if (to != null) {
            lang = text(locale(to, request)).lang();
        }
        Optional<Session> session = sessions.byToken(token);
        Optional<Answer> answer = session.flatMap(s -> voter(request).flatMap(v -> feedback.answerOf(s, v)));
        if (answer.isEmpty()) {
            return seeOther(token, lang, null);
        }
        AnswerDetails details = new AnswerDetails(comment, parse(region, Region::valueOf),
                parse(organisationType, OrganisationType::valueOf), parse(attendance, Attendance::valueOf));
        String problem = details.commentProblem();
        if (problem != null) {
            // Nothing is lost: what was typed goes back into the form, with the message.
            PhonePage page = page(text(locale(lang, request)), session.get(),
                    (CsrfToken) request.getAttribute(CsrfToken.class.getName()), answer.get().scoreValue(),
                    QuestionBoard.of(questions.onPhone(session.get(), voter(request).orElse(null)), null));
            return html(HttpStatus.UNPROCESSABLE_CONTENT, "details",
                    Map.of("page", page, "shown", details, "problem", problem));
        }
        feedback.addDetails(answer.get().id(), details);
        return seeOther(session.get().token(), lang, to == null ? "sent" : null);
    }

    /** A reload or a bookmark of where the follow-up form was sent: the session's page, not an error. */
    @GetMapping("/s/{token}/details")
    ResponseEntity<String> detailsAgain(@PathVariable String token, @RequestParam(required = false) String lang) {
        return seeOther(token, lang, null);
    }

    /** A full or read-only data folder: the phone is told politely, and nothing was stored. */
    @ExceptionHandler(StorageUnavailableException.class)
    ResponseEntity<String> storageUnavailable(HttpServletRequest request) {
        Locale locale = locale(request.getParameter("lang"), request);
        // Back to the session's own page (from /s/{token} or /s/{token}/details), to try again without scanning.
        String session = request.getRequestURI().replaceFirst("^(/s/[^/]+).*$", "$1");
        return html(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", Map.of("text", text(locale), "sessionPath", session));
    }

    @GetMapping(value = "/s/{token}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String token, @RequestParam(defaultValue = "480") int size) {
        return sessions.byToken(token)
                .map(s -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                        .body(qrCodes.png(addresses.feedbackUrl(s, baseUrl()), Math.clamp(size, 120, 2000))))
                .orElse(ResponseEntity.notFound().build());
    }

    /** What another feature offers after the vote (the event's closing questions); the phone's voter is not shared. */
    private Optional<AfterVote.Offer> offer(Session session, PhoneText text) {
        return recentOffers.get(session.requireId() + "/" + text.locale(), key -> afterVote.stream()
                .flatMap(a -> a.after(session, null, text.locale()).stream()).findFirst());
    }

    ResponseEntity<String> html(HttpStatus status, String template, Map<String, Object> params) {
        return ResponseEntity.status(status).contentType(HTML_UTF8)
                .cacheControl(CacheControl.noStore()).body(templates.render(template, params));
    }

    private PhonePage page(PhoneText text, Session session, @Nullable CsrfToken csrf, @Nullable Score current,
            QuestionBoard board) {
        return new PhonePage(text, recentEvents.get(session.eventId(), id -> events.find(id).orElseThrow()), session, feedback.result(session),
                clock.getZone(), csrf, current, board, smallGroups.min());
    }

    private static ResponseEntity<String> seeOther(String token, @Nullable String lang, @Nullable String step) {
        var uri = ServletUriComponentsBuilder.fromCurrentContextPath().path("/s/{token}");
        if (lang != null) {
            uri.queryParam("lang", lang);
        }
        if (step != null) {
            uri.queryParam("step", step);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, uri.buildAndExpand(token).toUriString()).build();
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    PhoneText text(Locale locale) {
        return new PhoneText(locale, translations);
    }

    static Locale locale(@Nullable String lang, HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) {
            return Translations.supported(Locale.of(lang.strip()));
        }
        return java.util.Collections.list(request.getLocales()).stream()
                .filter(l -> Translations.LOCALES.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst().map(Translations::supported).orElse(Translations.FINNISH);
    }

    static Optional<String> voter(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        return java.util.Arrays.stream(request.getCookies()).filter(c -> VOTER_COOKIE.equals(c.getName()))
                .map(jakarta.servlet.http.Cookie::getValue).filter(v -> v.matches("[0-9a-f-]{36}")).findFirst()
                .map(v -> "cookie:" + v);
    }

    static String newVoter(HttpServletResponse response) {
        String id = UUID.randomUUID().toString();
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(VOTER_COOKIE, id).path("/s").httpOnly(true)
                .sameSite("Lax").maxAge(Duration.ofDays(365)).build().toString());
        return "cookie:" + id;
    }

    private static Optional<Score> parseScore(@Nullable String score) {
        try {
            return score == null ? Optional.empty() : Optional.of(Score.of(Integer.parseInt(score.strip())));
        } catch (IllegalArgumentException notAScore) {
            return Optional.empty();
        }
    }

    private static <E> @Nullable E parse(@Nullable String value, Function<String, E> valueOf) {
        try {
            return value == null || value.isBlank() ? null : valueOf.apply(value);
        } catch (IllegalArgumentException notOneOfOurs) {
            return null;
        }
    }
}
