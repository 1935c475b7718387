package fi.pyykkinaru.call;

import fi.pyykkinaru.call.Applied.Invalid;
import fi.pyykkinaru.call.Applied.Refused;
import fi.pyykkinaru.call.Applied.Saved;
import fi.pyykkinaru.event.Event;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An event's call page, {@code /call/{slug}}: plain HTML forms that work with JavaScript off, on a phone or a
 * desktop, in Finnish, Swedish and English. With several calls open it offers a choice; with one it is the form.
 * A form is sent with Post/Redirect/Get to its proposal's private page; a form with problems comes back with them,
 * holding every word typed.
 */
@RestController
class CallPageController {

    private final CallPages pages;
    private final Applications applications;

    CallPageController(CallPages pages, Applications applications) {
        this.pages = pages;
        this.applications = applications;
    }

    @GetMapping(value = {"/call/{slug}", "/call/{slug}/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> event(@PathVariable String slug, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        CallText text = pages.text(lang, request, null);
        Optional<Event> event = pages.event(slug);
        if (event.isEmpty()) {
            return pages.notFound(text);
        }
        List<Call> all = pages.calls(event.get());
        Instant now = pages.now();
        List<Call> open = CallChoice.open(all, now);
        CallView view = pages.view(text, event.get(), request, "/call/" + slug);
        if (open.size() > 1) {
            return pages.html(HttpStatus.OK, "chooser", Map.of("view", view,
                    "calls", open.stream().map(c -> new CallSummary(view, c)).toList()));
        }
        Optional<Call> shown = open.isEmpty() ? CallChoice.relevant(all, now) : Optional.of(open.getFirst());
        return shown.map(call -> callPage(view, call)).orElseGet(() -> pages.notFound(text));
    }

    @GetMapping(value = "/call/{slug}/{kind:[a-zA-Z]+}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> kind(@PathVariable String slug, @PathVariable String kind,
            @RequestParam(required = false) String lang, HttpServletRequest request) {
        CallText text = pages.text(lang, request, null);
        Optional<Event> event = pages.event(slug);
        Optional<Call> call = event.flatMap(e -> callOf(e, kind, null));
        if (event.isEmpty() || call.isEmpty()) {
            return pages.notFound(text);
        }
        return callPage(pages.view(text, event.get(), request, "/call/" + slug + "/" + CallChoice.path(call.get().kind())),
                call.get());
    }

    /**
     * A new proposal's form. Its language buttons send it too ({@code to}): it comes back in that language, still
     * filled in, with nothing stored. Saving it twice (a double click, a resend) stores one proposal, as its key
     * stays the same.
     */
    @PostMapping(value = "/call/{slug}/{kind:[a-zA-Z]+}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> send(@PathVariable String slug, @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        String to = params.getFirst("to");
        CallText text = pages.text(to != null ? to : params.getFirst("lang"), request, null);
        Optional<Event> event = pages.event(slug);
        Optional<Call> call = event.flatMap(e -> callOf(e, kind, params.getFirst("call")));
        if (event.isEmpty() || call.isEmpty()) {
            return pages.notFound(text);
        }
        String key = params.getFirst("key");
        String formKey = key != null && PrivateLinks.isWellFormed(key) ? key : PrivateLinks.newSecret();
        ApplicationForm form = CallPages.form(text.lang(), params);
        CallView view = pages.view(text, event.get(), request,
                "/call/" + slug + "/" + CallChoice.path(call.get().kind()));
        if (to != null) {
            return formPage(HttpStatus.OK, view, call.get(), formKey, form, List.of(),
                    call.get().isOpenAt(pages.now()) ? null : Applied.Refusal.CLOSED.key());
        }
        boolean submit = "submit".equals(params.getFirst("action"));
        return switch (applications.save(call.get(), formKey, form, submit)) {
            case Saved saved -> CallPages.seeOther(CallPages.privatePath(event.get(), saved.secret()), text.lang(),
                    submit ? "submitted" : "saved", null);
            case Invalid invalid -> formPage(HttpStatus.UNPROCESSABLE_CONTENT, view, call.get(), formKey, form,
                    invalid.problems(), null);
            case Refused refused -> formPage(HttpStatus.CONFLICT, view, call.get(), formKey, form, List.of(),
                    refused.reason().key());
        };
    }

    private ResponseEntity<String> callPage(CallView view, Call call) {
        Instant now = pages.now();
        if (now.isBefore(call.opensAt())) {
            return pages.html(HttpStatus.OK, "notOpen", Map.of("call", new CallSummary(view, call)));
        }
        if (!call.isOpenAt(now)) {
            return pages.html(HttpStatus.OK, "closed", Map.of("call", new CallSummary(view, call)));
        }
        return formPage(HttpStatus.OK, view, call, PrivateLinks.newSecret(), ApplicationForm.empty(view.text().lang()),
                List.of(), null);
    }

    /** The form; after a refusal ({@code notice}) what was typed is still shown, to be read and copied. */
    private ResponseEntity<String> formPage(HttpStatus status, CallView view, Call call, String formKey,
            ApplicationForm values, List<ApplicationProblem> problems, @Nullable String notice) {
        String action = "/call/" + view.event().slug() + "/" + CallChoice.path(call.kind());
        CallForm form = new CallForm(view, call, action, formKey, values, problems, false, notice != null);
        return notice == null ? pages.html(status, "form", Map.of("form", form))
                : pages.html(status, "form", Map.of("form", form, "notice", notice));
    }

    /** The call the form was for, if it still is one of this event's of that kind; else that kind's current one. */
    private Optional<Call> callOf(Event event, String kindPath, @Nullable String callId) {
        Optional<CallKind> kind = CallChoice.kind(kindPath);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<Call> ofKind = CallChoice.ofKind(pages.calls(event), kind.get());
        Optional<Call> posted = ofKind.stream().filter(c -> String.valueOf(c.id()).equals(callId)).findFirst();
        return posted.isPresent() ? posted : CallChoice.relevant(ofKind, pages.now());
    }
}
