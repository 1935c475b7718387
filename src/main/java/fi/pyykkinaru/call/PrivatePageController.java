package fi.pyykkinaru.call;

import fi.pyykkinaru.call.Applied.Invalid;
import fi.pyykkinaru.call.Applied.Refused;
import fi.pyykkinaru.call.Applied.Saved;
import fi.pyykkinaru.call.PrivatePages.Found;
import fi.pyykkinaru.call.PrivatePages.Typed;
import fi.pyykkinaru.harvest.HarvestDocuments;
import fi.pyykkinaru.printing.QrCodes;
import fi.pyykkinaru.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * A proposal's private page, {@code /call/{slug}/p/{secret}}: the applicant's only way back, as they have no
 * account. Edit, send and withdraw while the call is open; read the decision; once chosen, the responsible
 * person's checklist, marketing text and, after the session, its feedback letter. Every post redirects back here.
 */
@RestController
class PrivatePageController {

    private static final Set<String> DONE = Set.of("saved", "submitted", "withdrawn", "tasks", "marketing");
    private static final String TASKS = "call-tasks";
    private static final String MARKETING = "call-marketing";

    private final CallPages pages;
    private final PrivatePages privatePages;
    private final Applications applications;
    private final QrCodes qrCodes;
    private final HarvestDocuments documents;

    PrivatePageController(CallPages pages, PrivatePages privatePages, Applications applications, QrCodes qrCodes,
            HarvestDocuments documents) {
        this.pages = pages;
        this.privatePages = privatePages;
        this.applications = applications;
        this.qrCodes = qrCodes;
        this.documents = documents;
    }

    @GetMapping(value = "/call/{slug}/p/{secret}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String slug, @PathVariable String secret,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String done,
            HttpServletRequest request) {
        return found(slug, secret, lang, request, (found, text) -> render(HttpStatus.OK, found, text, request,
                Typed.nothing(done != null && DONE.contains(done) ? "call.page.done." + done : null)));
    }

    /** The form sent from the private page; its language buttons bring it back in that language, still as typed. */
    @PostMapping(value = "/call/{slug}/p/{secret}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> send(@PathVariable String slug, @PathVariable String secret,
            @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        String to = params.getFirst("to");
        return found(slug, secret, to != null ? to : params.getFirst("lang"), request, (found, text) -> {
            ApplicationForm form = CallPages.form(text.lang(), params);
            if (to != null) {
                return render(HttpStatus.OK, found, text, request, new Typed(form, false, "", null, List.of(), null));
            }
            boolean submit = "submit".equals(params.getFirst("action"));
            return switch (applications.update(found.call(), secret, form, submit)) {
                case Saved saved -> CallPages.seeOther(found.path(), text.lang(),
                        submit || saved.proposal().status() == ProposalStatus.SUBMITTED ? "submitted" : "saved", null);
                case Invalid invalid -> render(HttpStatus.UNPROCESSABLE_CONTENT, found, text, request,
                        new Typed(form, false, "", null, invalid.problems(), null));
                case Refused refused -> render(HttpStatus.CONFLICT, found, text, request,
                        new Typed(form, true, "", null, List.of(), refused.reason().key()));
            };
        });
    }

    /** The second step of withdrawing: without JavaScript, "are you sure" is a page of its own. */
    @GetMapping(value = "/call/{slug}/p/{secret}/withdraw", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirmWithdraw(@PathVariable String slug, @PathVariable String secret,
            @RequestParam(required = false) String lang, HttpServletRequest request) {
        return found(slug, secret, lang, request, (found, text) -> {
            PrivatePage page = privatePages.page(found, text, request, Typed.nothing(null));
            return page.withdrawable() ? pages.html(HttpStatus.OK, "withdraw", Map.of("page", page))
                    : CallPages.seeOther(found.path(), text.lang(), null, null);
        });
    }

    @PostMapping(value = "/call/{slug}/p/{secret}/withdraw", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> withdraw(@PathVariable String slug, @PathVariable String secret,
            @RequestParam(required = false) String lang, HttpServletRequest request) {
        return found(slug, secret, lang, request, (found, text) -> after(applications.withdraw(found.call(), secret),
                found, text, request, "withdrawn", null, () -> Typed.nothing(null)));
    }

    /** The checklist's no-JavaScript forms: each item ticks, changes or goes with its own buttons ({@code op}). */
    @PostMapping(value = "/call/{slug}/p/{secret}/tasks", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> tasks(@PathVariable String slug, @PathVariable String secret,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String op,
            @RequestParam(defaultValue = "-1") int index, @RequestParam(defaultValue = "") String text,
            HttpServletRequest request) {
        return found(slug, secret, lang, request, (found, page) -> {
            Applied applied = switch (op == null ? "" : op) {
                case "tick" -> applications.tick(secret, index, true);
                case "untick" -> applications.tick(secret, index, false);
                case "edit" -> applications.editTask(secret, index, text);
                case "remove" -> applications.removeTask(secret, index);
                case "add" -> applications.addTask(secret, text);
                default -> new Refused(Applied.Refusal.NOT_FOUND);
            };
            return after(applied, found, page, request, "tasks", TASKS,
                    () -> new Typed(null, false, "add".equals(op) ? text : "", null, problems(applied), null));
        });
    }

    @PostMapping(value = "/call/{slug}/p/{secret}/marketing", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> marketing(@PathVariable String slug, @PathVariable String secret,
            @RequestParam(required = false) String lang, @RequestParam(defaultValue = "") String text,
            HttpServletRequest request) {
        return found(slug, secret, lang, request, (found, page) -> {
            Applied applied = applications.marketingText(secret, text);
            return after(applied, found, page, request, "marketing", MARKETING,
                    () -> new Typed(null, false, "", text, problems(applied), null));
        });
    }

    /** The private link as a QR code, to carry it over to a phone; as private as the link itself. */
    @GetMapping(value = "/call/{slug}/p/{secret}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String slug, @PathVariable String secret,
            @RequestParam(defaultValue = "360") int size) {
        return privatePages.find(slug, secret)
                .map(found -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .body(qrCodes.png(pages.absolute(found.path()), Math.clamp(size, 120, 1200))))
                .orElse(ResponseEntity.notFound().build());
    }

    /** The chosen session's feedback letter, once the session is over. */
    @GetMapping(value = "/call/{slug}/p/{secret}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable String slug, @PathVariable String secret,
            @RequestParam(required = false) String lang, HttpServletRequest request) {
        Optional<Found> found = privatePages.find(slug, secret)
                .filter(f -> f.proposal().status() == ProposalStatus.CHOSEN);
        Optional<Session> session = found.flatMap(privatePages::session)
                .filter(s -> s.endsAt().isBefore(pages.now()));
        if (found.isEmpty() || session.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        CallText text = pages.text(lang, request, found.get().proposal().language());
        byte[] pdf = documents.feedbackLetter(session.get(), found.get().event(), text.locale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("feedback-" + session.get().token() + ".pdf").build().toString())
                .body(pdf);
    }

    private interface FoundPage {
        ResponseEntity<String> answer(Found found, CallText text);
    }

    private ResponseEntity<String> found(String slug, String secret, @Nullable String lang, HttpServletRequest request,
            FoundPage page) {
        Optional<Found> found = privatePages.find(slug, secret);
        if (found.isEmpty()) {
            return pages.notFound(pages.text(lang, request, null));
        }
        return page.answer(found.get(), pages.text(lang, request, found.get().proposal().language()));
    }

    private ResponseEntity<String> after(Applied applied, Found found, CallText text, HttpServletRequest request,
            String done, @Nullable String anchor, Supplier<Typed> typed) {
        return switch (applied) {
            case Saved saved -> CallPages.seeOther(found.path(), text.lang(), done, anchor);
            case Invalid invalid -> render(HttpStatus.UNPROCESSABLE_CONTENT, found, text, request, typed.get());
            case Refused refused -> render(HttpStatus.CONFLICT, found, text, request,
                    new Typed(null, false, typed.get().task(), typed.get().marketing(), List.of(),
                            refused.reason().key()));
        };
    }

    private ResponseEntity<String> render(HttpStatus status, Found found, CallText text, HttpServletRequest request,
            Typed typed) {
        // Show the proposal as it is now: a post may have changed it, or another tab.
        Found fresh = privatePages.find(found.event().slug(), found.secret()).orElse(found);
        return pages.html(status, "private", Map.of("page", privatePages.page(fresh, text, request, typed)));
    }

    private static List<ApplicationProblem> problems(Applied applied) {
        return applied instanceof Invalid invalid ? invalid.problems() : List.of();
    }
}
