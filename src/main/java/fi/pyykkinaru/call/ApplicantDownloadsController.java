package fi.pyykkinaru.call;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files behind an applicant's private link: a takeover network's slips from its slot, and a pitcher's feedback letter
 * from the jury. Anything else, a wrong event or a link that opens nothing, is a plain 404 that says nothing about
 * what exists.
 */
@RestController
class ApplicantDownloadsController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ProposalRepository proposals;
    private final Calls calls;
    private final Events events;
    private final TakeoverSlips slips;
    private final PitchLetters letters;

    ApplicantDownloadsController(ProposalRepository proposals, Calls calls, Events events, TakeoverSlips slips,
            PitchLetters letters) {
        this.proposals = proposals;
        this.calls = calls;
        this.events = events;
        this.slips = slips;
        this.letters = letters;
    }

    @GetMapping("/call/{slug}/p/{secret}/slips.csv")
    ResponseEntity<byte[]> slips(@PathVariable String slug, @PathVariable String secret) {
        Optional<Proposal> proposal = proposal(events.bySlug(slug), secret);
        return proposal.flatMap(slips::csv).map(csv -> file(csv, CSV, slips.fileName(proposal.get())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/call/{slug}/p/{secret}/pitch-letter.pdf")
    ResponseEntity<byte[]> pitchLetter(@PathVariable String slug, @PathVariable String secret) {
        Optional<Event> event = events.bySlug(slug);
        return proposal(event, secret).filter(Pitches::scored)
                .filter(p -> calls.find(p.callId()).map(c -> c.kind() == CallKind.PITCH).orElse(false))
                .map(p -> file(letters.letter(p), MediaType.APPLICATION_PDF,
                        event.orElseThrow().slug() + "-pitch-" + p.requireId() + ".pdf"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Optional<Proposal> proposal(Optional<Event> event, String secret) {
        if (event.isEmpty() || !PrivateLinks.isWellFormed(secret)) {
            return Optional.empty();
        }
        return proposals.findByTokenHash(PrivateLinks.hash(secret))
                .filter(p -> p.eventId() == event.get().requireId());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build()
                                .toString())
                .body(bytes);
    }
}
