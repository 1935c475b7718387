package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.session.QuestionStatus;
import fi.pyykkinaru.session.Questions;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionQuestion;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.text.PlainText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Ask the speakers" from a phone, and the chair's moderator page: plain forms that work with JavaScript off, each
 * post answered by a redirect back to the page it came from (the list, at the question concerned). With
 * JavaScript the pages refresh their list by themselves. A phone is its voter cookie, as for feedback.
 */
@RestController
class PhoneQuestionsController {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Sessions sessions;
    private final Events events;
    private final Questions questions;
    private final PhoneFeedbackController phone;
    private final PhoneTemplates templates;

    PhoneQuestionsController(Sessions sessions, Events events, Questions questions, PhoneFeedbackController phone,
            PhoneTemplates templates) {
        this.sessions = sessions;
        this.events = events;
        this.questions = questions;
        this.phone = phone;
        this.templates = templates;
    }

    @PostMapping("/s/{token}/ask")
    ResponseEntity<String> ask(@PathVariable String token, @RequestParam(required = false) String question,
            @RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response) {
        Optional<Session> session = sessions.byToken(token);
        if (session.isEmpty()) {
            return backTo(token, lang, null, "questions");
        }
        String body = question == null ? "" : question.strip();
        if (body.isEmpty()) {
            return backTo(token, lang, "empty", "questions");
        }
        if (body.length() > SessionQuestion.MAX_LENGTH) {
            return backTo(token, lang, "too-long", "questions");
        }
        if (PlainText.hasControlCharacters(body, true)) {
            return backTo(token, lang, "control", "questions");
        }
        String asker = PhoneFeedbackController.voter(request)
                .orElseGet(() -> PhoneFeedbackController.newVoter(response));
        SessionQuestion asked = questions.ask(session.get(), asker, body);
        return backTo(session.get().token(), lang, asked.status() == QuestionStatus.APPROVED
                ? "shown" : "held", "question-" + asked.requireId());
    }

    @PostMapping("/s/{token}/upvote")
    ResponseEntity<String> upvote(@PathVariable String token, @RequestParam(required = false) Long question,
            @RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response) {
        Optional<Session> session = sessions.byToken(token);
        if (session.isPresent() && question != null) {
            String voter = PhoneFeedbackController.voter(request)
                    .orElseGet(() -> PhoneFeedbackController.newVoter(response));
            try {
                questions.upvote(session.get(), question, voter);
            } catch (NoSuchElementException hiddenMeanwhile) {
                // The moderator took it down while the page was open: the list comes back without it.
            }
        }
        return backTo(token, lang, null, question == null ? "questions" : "question-" + question);
    }

    /** A reload or a bookmark of where a question or a vote was sent: the session's page, not an error. */
    @GetMapping({"/s/{token}/ask", "/s/{token}/upvote"})
    ResponseEntity<String> again(@PathVariable String token, @RequestParam(required = false) String lang) {
        return backTo(token, lang, null, "questions");
    }

    @GetMapping(value = "/s/{token}/moderate/{key}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> moderator(@PathVariable String token, @PathVariable String key,
            @RequestParam(required = false) String lang, HttpServletRequest request, CsrfToken csrf) {
        PhoneText text = phone.text(PhoneFeedbackController.locale(lang, request));
        Optional<Session> session = moderated(token, key);
        if (session.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, "moderatorNotFound", Map.of("text", text));
        }
        Session s = session.get();
        return html(HttpStatus.OK, "moderate", Map.of("page", new ModeratorPage(text,
                events.find(s.eventId()).orElseThrow(), s, key, csrf, questions.forModerator(s),
                questions.policy(s.eventId()))));
    }

    @PostMapping("/s/{token}/moderate/{key}")
    ResponseEntity<String> moderate(@PathVariable String token, @PathVariable String key,
            @RequestParam long question, @RequestParam String action, @RequestParam(required = false) String lang) {
        Optional<Session> session = moderated(token, key);
        if (session.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        Session s = session.get();
        switch (action) {
            case "approve" -> questions.approve(s, question);
            case "hide" -> questions.hide(s, question);
            case "answered" -> questions.markAnswered(s, question, true);
            case "unanswered" -> questions.markAnswered(s, question, false);
            case "star" -> questions.star(s, question, true);
            case "unstar" -> questions.star(s, question, false);
            default -> {
                return ResponseEntity.badRequest().build();
            }
        }
        var uri = ServletUriComponentsBuilder.fromCurrentContextPath().path("/s/{token}/moderate/{key}");
        if (lang != null) {
            uri.queryParam("lang", lang);
        }
        uri.fragment("question-" + question);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, uri.buildAndExpand(s.token(), key).toUriString()).build();
    }

    private Optional<Session> moderated(String token, String key) {
        return sessions.byToken(token).filter(s -> questions.isModeratorKey(s, key));
    }

    private ResponseEntity<String> html(HttpStatus status, String template, Map<String, Object> params) {
        return ResponseEntity.status(status).contentType(HTML_UTF8)
                .cacheControl(CacheControl.noStore()).body(templates.render(template, params));
    }

    private static ResponseEntity<String> backTo(String token, @Nullable String lang, @Nullable String asked,
            String anchor) {
        var uri = ServletUriComponentsBuilder.fromCurrentContextPath().path("/s/{token}");
        if (lang != null) {
            uri.queryParam("lang", lang);
        }
        if (asked != null) {
            uri.queryParam("asked", asked);
        }
        uri.fragment(anchor);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, uri.buildAndExpand(token).toUriString()).build();
    }
}
