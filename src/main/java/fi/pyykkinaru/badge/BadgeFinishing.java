package fi.pyykkinaru.badge;

import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.printing.PrintFinishing;
import fi.pyykkinaru.printing.PrintKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Badges get their voting secrets on the way to the printer: the queue keeps them with the code alone (see
 * {@link BadgeCodes}), so neither the database nor its backups hold a secret. A badge is drawn again from its
 * registration; a sheet from the codes printed on it, in their order. When that cannot be done (the registration was
 * erased meanwhile) the stored badge goes as it is, and its QR votes as a typed code does.
 */
@Component
class BadgeFinishing implements PrintFinishing {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeFinishing.class);
    private static final String CODE = "[" + BadgeCodes.ALPHABET + "]{5}";
    private static final Pattern PRINTED_CODE = Pattern.compile("(?<![A-Z0-9])(" + CODE + ")-(" + CODE + ")(?![A-Z0-9])");

    private final RegistrationRepository registrations;
    private final Events events;
    private final BadgeLayouts layouts;
    private final StandSettings stand;
    private final BadgeSecrets secrets;

    BadgeFinishing(RegistrationRepository registrations, Events events, BadgeLayouts layouts, StandSettings stand,
            BadgeSecrets secrets) {
        this.registrations = registrations;
        this.events = events;
        this.layouts = layouts;
        this.stand = stand;
        this.secrets = secrets;
    }

    @Override
    public byte[] finish(PrintKind kind, String subject, byte[] stored) {
        try {
            Optional<byte[]> finished = switch (kind) {
                case BADGE -> badge(subject);
                case BADGE_SHEET -> sheet(stored);
                default -> Optional.empty();
            };
            return finished.orElse(stored);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Badge job {} goes without voting secrets", subject, e);
            return stored;
        }
    }

    private Optional<byte[]> badge(String subject) {
        if (!subject.startsWith(BadgePrinting.SUBJECT)) {
            return Optional.empty();
        }
        return registrations.findById(Long.parseLong(subject.substring(BadgePrinting.SUBJECT.length())))
                .flatMap(r -> face(r).map(face -> BadgePdf.render(layouts.get(stand.badgeLayout()), List.of(face))));
    }

    private Optional<byte[]> sheet(byte[] stored) throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(stored)) {
            text = new PDFTextStripper().getText(document);
        }
        List<BadgeFace> faces = new ArrayList<>();
        Matcher printed = PRINTED_CODE.matcher(text);
        while (printed.find()) {
            Optional<BadgeFace> face = registrations.findByBadgeCode(printed.group(1) + printed.group(2))
                    .flatMap(this::face);
            if (face.isEmpty()) {
                return Optional.empty();
            }
            faces.add(face.get());
        }
        return faces.isEmpty() ? Optional.empty() : Optional.of(BadgePdf.render(layouts.get(stand.sheetLayout()), faces));
    }

    private Optional<BadgeFace> face(Registration registration) {
        return events.find(registration.eventId())
                .map(e -> BadgeFace.of(registration, e.name(), secrets.of(registration.badgeCode())));
    }
}
