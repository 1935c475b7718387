package fi.pyykkinaru.call.jury;

import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.Criterion;
import fi.pyykkinaru.call.Jury;
import fi.pyykkinaru.call.JuryMember;
import fi.pyykkinaru.call.JuryScoreDraft;
import fi.pyykkinaru.call.JuryScores;
import fi.pyykkinaru.call.Pitches;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.call.Review;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.Translations;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * What a jury member's private link opens on their phone: the call's pitches, each scored 1-5 on every criterion
 * with a comment, saved one pitch at a time and changed as often as they like. A member sees only their own scores.
 * Saving a pitch answers with a redirect to its place on the page and a note; a wrong score comes back with every
 * typed value and a message (422); the language buttons post the same form, so nothing typed is lost by them.
 */
@RestController
class JuryController {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Jury jury;
    private final JuryScores scores;
    private final Pitches pitches;
    private final Calls calls;
    private final Events events;
    private final Translations translations;
    private final JuryTemplates templates;

    JuryController(Jury jury, JuryScores scores, Pitches pitches, Calls calls, Events events,
            Translations translations, JuryTemplates templates) {
        this.jury = jury;
        this.scores = scores;
        this.pitches = pitches;
        this.calls = calls;
        this.events = events;
        this.translations = translations;
        this.templates = templates;
    }

    @GetMapping(value = "/jury/{secret}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String secret, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String saved, HttpServletRequest request, CsrfToken csrf) {
        JuryText text = text(locale(lang, request));
        Optional<Scoring> found = scoring(secret);
        if (found.isEmpty()) {
            return notFound(text);
        }
        Scoring scoring = found.get();
        List<PitchSheet> sheets = scoring.pitches.stream().map(pitch -> {
            Review own = scoring.own.get(pitch.requireId());
            return new PitchSheet(pitch, JuryScoreDraft.of(own), Map.of(),
                    own != null && String.valueOf(pitch.requireId()).equals(saved), own != null);
        }).toList();
        return html(HttpStatus.OK, "page", page(text, scoring, secret, sheets, csrf, false));
    }

    @PostMapping(value = "/jury/{secret}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> post(@PathVariable String secret, @RequestParam Map<String, String> form,
            HttpServletRequest request) {
        String to = form.get("to");
        JuryText text = text(locale(to != null ? to : form.get("lang"), request));
        Optional<Scoring> found = scoring(secret);
        if (found.isEmpty()) {
            return notFound(text);
        }
        Scoring scoring = found.get();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<Long, JuryScoreDraft> typed = new HashMap<>();
        scoring.pitches.forEach(pitch -> typed.put(pitch.requireId(), typed(scoring.call, pitch, form)));
        Optional<Proposal> saving = scoring.pitches.stream()
                .filter(p -> String.valueOf(p.requireId()).equals(form.get("save"))).findFirst();
        if (to != null || saving.isEmpty()) {
            // Another language (or a form from an older page): the same page again, everything as typed.
            return html(HttpStatus.OK, "page", page(text, scoring, secret, sheets(scoring, typed, null, Map.of()), csrf,
                    false));
        }
        Proposal pitch = saving.get();
        JuryScoreDraft draft = Objects.requireNonNull(typed.get(pitch.requireId()));
        Map<String, String> problems = draft.problems(scoring.call);
        if (!problems.isEmpty()) {
            return html(HttpStatus.UNPROCESSABLE_CONTENT, "page",
                    page(text, scoring, secret, sheets(scoring, typed, pitch, problems), csrf, false));
        }
        scoring.own.put(pitch.requireId(), scores.save(scoring.call, scoring.member, pitch, draft));
        boolean othersTyped = scoring.pitches.stream().filter(p -> p != pitch)
                .anyMatch(p -> !JuryScoreDraft.of(scoring.own.get(p.requireId())).equals(typed.get(p.requireId())));
        if (othersTyped) {
            // Scores typed on other pitches and not saved yet stay on the page rather than vanish in a redirect.
            return html(HttpStatus.OK, "page", page(text, scoring, secret, sheets(scoring, typed, pitch, Map.of()), csrf,
                    true));
        }
        var uri = ServletUriComponentsBuilder.fromCurrentContextPath().path("/jury/{secret}")
                .queryParam("lang", text.lang()).queryParam("saved", pitch.requireId())
                .fragment("pitch-" + pitch.requireId());
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, uri.buildAndExpand(secret).toUriString()).build();
    }

    /** Every pitch as typed; the one being saved ({@code at}) with its problems, or its note when it was saved. */
    private List<PitchSheet> sheets(Scoring scoring, Map<Long, JuryScoreDraft> typed, @Nullable Proposal at,
            Map<String, String> problems) {
        List<PitchSheet> sheets = new ArrayList<>();
        for (Proposal pitch : scoring.pitches) {
            boolean here = pitch == at;
            sheets.add(new PitchSheet(pitch, Objects.requireNonNull(typed.get(pitch.requireId())),
                    here ? problems : Map.of(), here && problems.isEmpty(), scoring.own.containsKey(pitch.requireId())));
        }
        return sheets;
    }

    private static JuryScoreDraft typed(Call call, Proposal pitch, Map<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        for (Criterion criterion : call.criteria()) {
            String value = form.get("s-" + pitch.requireId() + "-" + criterion.key());
            if (value != null) {
                typed.put(criterion.key(), value);
            }
        }
        return new JuryScoreDraft(typed, Objects.requireNonNullElse(form.get("c-" + pitch.requireId()), ""));
    }

    /** A member's link with everything their page needs: their call, its pitches, their own reviews. */
    private record Scoring(JuryMember member, Call call, List<Proposal> pitches, Map<Long, Review> own) {
    }

    private Optional<Scoring> scoring(String secret) {
        return jury.byLink(secret).flatMap(member -> calls.find(member.callId()).map(call -> {
            List<Proposal> ofCall = pitches.of(call.requireId());
            return new Scoring(member, call, ofCall, new HashMap<>(scores.ofMember(member, ofCall)));
        }));
    }

    private JuryPage page(JuryText text, Scoring scoring, String secret, List<PitchSheet> sheets,
            @Nullable CsrfToken csrf, boolean unsavedKept) {
        return new JuryPage(text, events.find(scoring.call.eventId()).orElseThrow(), scoring.call, scoring.member,
                secret, sheets, csrf, unsavedKept);
    }

    private ResponseEntity<String> notFound(JuryText text) {
        return html(HttpStatus.NOT_FOUND, "notFound", Map.of("text", text));
    }

    private ResponseEntity<String> html(HttpStatus status, String template, JuryPage page) {
        return html(status, template, Map.of("page", page));
    }

    private ResponseEntity<String> html(HttpStatus status, String template, Map<String, Object> params) {
        // The page's address is the member's secret: no other site learns it from a link followed from here.
        return ResponseEntity.status(status).contentType(HTML_UTF8).cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .body(templates.render(template, params));
    }

    private JuryText text(Locale locale) {
        return new JuryText(locale, translations);
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
