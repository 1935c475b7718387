package fi.pyykkinaru.setup;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.EventSetupPart;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.SetupNodes;
import fi.pyykkinaru.event.SetupPart;
import fi.pyykkinaru.event.SetupProblems;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event's set-up as one file (docs/setup-file.md): exported from every feature's {@link SetupPart}, and imported
 * all or nothing. An import first checks every part and collects every problem, each at its JSON Pointer; only a
 * file without any creates the event and applies the other parts, in one transaction.
 */
@Service
public class SetupFile {

    public static final String FORMAT = "pyykkinaru-event-setup";
    public static final int VERSION = 1;
    public static final int MAX_BYTES = 1024 * 1024;
    static final String EVENT = "event";
    private static final Set<String> HEADER = Set.of("format", "version", "exported");
    private static final Logger log = LoggerFactory.getLogger(SetupFile.class);

    private final List<SetupPart> features;
    private final ObjectProvider<EventSetupPart> eventPart;
    private final Events events;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    SetupFile(List<SetupPart> parts, ObjectProvider<EventSetupPart> eventPart, Events events, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock) {
        // The event's own part is chosen apart: it creates the event instead of being applied to one.
        this.features = parts.stream().filter(p -> !(p instanceof EventSetupPart))
                .sorted(Comparator.comparingInt(SetupPart::order)).toList();
        this.eventPart = eventPart;
        this.events = events;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The event's set-up: the header, then each part under its key, in the parts' order; pretty-printed UTF-8. */
    public byte[] export(Event event) {
        ObjectNode file = json.createObjectNode();
        file.put("format", FORMAT);
        file.put("version", VERSION);
        file.put("exported", clock.instant().toString());
        for (SetupPart part : parts()) {
            file.set(part.key(), part.export(event));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    }

    /** The name a downloaded set-up file gets. */
    public static String fileName(Event event) {
        return event.slug() + "-setup.json";
    }

    /**
     * Imports a set-up file as a new event; {@code by} says where the file came from (its name) in the audit log.
     * Any problem anywhere: nothing is changed, and every problem is returned.
     */
    public SetupImport importFile(byte[] file, String by) {
        SetupProblems problems = new SetupProblems();
        JsonNode root = read(file, problems);
        if (root == null || !header(root, problems)) {
            return SetupImport.refused(problems.all());
        }
        EventSetupPart creator = eventPart.getIfAvailable();
        if (creator == null) {
            problems.add("/" + EVENT, "setupfile.problem.no-event-part");
        }
        Set<String> known = new HashSet<>(HEADER);
        for (SetupPart part : parts()) {
            known.add(part.key());
            part.check(root.path(part.key()), root, problems);
        }
        for (String member : root.propertyNames()) {
            if (!known.contains(member)) {
                problems.add("/" + SetupNodes.token(member), "setupfile.problem.unknown-member", member);
            }
        }
        JsonNode slug = root.at("/event/slug");
        if (slug.isString() && events.bySlug(slug.stringValue()).isPresent()
                && problems.all().stream().noneMatch(p -> p.pointer().equals("/event/slug"))) {
            problems.add("/event/slug", "setupfile.problem.slug-taken", slug.stringValue());
        }
        if (!problems.none() || creator == null) {
            return SetupImport.refused(problems.all());
        }
        try {
            Event created = Objects.requireNonNull(transactions.execute(status -> {
                Event event = creator.create(root.path(EVENT));
                for (SetupPart part : features) {
                    part.apply(event, root.path(part.key()));
                }
                audit.record("setup.import", "event " + event.id() + ": " + event.slug());
                return event;
            }));
            return SetupImport.created(created);
        } catch (RuntimeException e) {
            // Checked and still refused (another organiser took the slug a moment ago, the disk failed): rolled back.
            log.warn("Importing the set-up file {} failed after its checks", by, e);
            problems.add("", "setupfile.problem.failed", Objects.requireNonNullElse(e.getMessage(), e.getClass().getName()));
            return SetupImport.refused(problems.all());
        }
    }

    /** Every part in the file's order: the event's own first, when this server has one. */
    private List<SetupPart> parts() {
        List<SetupPart> parts = new ArrayList<>();
        EventSetupPart creator = eventPart.getIfAvailable();
        if (creator != null) {
            parts.add(creator);
        }
        parts.addAll(features);
        parts.sort(Comparator.comparingInt(SetupPart::order));
        return parts;
    }

    private @Nullable JsonNode read(byte[] file, SetupProblems problems) {
        if (file.length > MAX_BYTES) {
            problems.add("", "setupfile.problem.too-big", MAX_BYTES / 1024 / 1024);
            return null;
        }
        try {
            JsonNode root = json.readTree(file);
            if (root == null || !root.isObject()) {
                problems.add("", "setupfile.problem.not-setup");
                return null;
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            problems.add("", "setupfile.problem.syntax", where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), Objects.requireNonNullElse(e.getOriginalMessage(), ""));
            return null;
        }
    }

    /** Whether the file says it is a set-up file this version reads; the rest is not worth checking otherwise. */
    private static boolean header(JsonNode root, SetupProblems problems) {
        JsonNode format = root.path("format");
        if (!format.isString() || !FORMAT.equals(format.stringValue())) {
            problems.add("/format", "setupfile.problem.format", FORMAT);
            return false;
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.intValue() < 1) {
            problems.add("/version", "setupfile.problem.version", VERSION);
            return false;
        }
        if (version.intValue() > VERSION) {
            problems.add("/version", "setupfile.problem.version-newer", version.intValue(), VERSION);
            return false;
        }
        return true;
    }
}
