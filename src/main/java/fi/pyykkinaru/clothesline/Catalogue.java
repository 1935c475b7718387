package fi.pyykkinaru.clothesline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue entries of events' catalogue lines. */
@Service
public class Catalogue {

    private final CatalogueEntryRepository entries;
    private final Clock clock;

    Catalogue(CatalogueEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CatalogueEntry> ofLine(long lineId) {
        return entries.findByLineIdOrderByTitle(lineId);
    }

    @Transactional(readOnly = true)
    public List<CatalogueEntry> ofEvent(long eventId) {
        return entries.findByEventIdOrderByTitle(eventId);
    }

    @Transactional(readOnly = true)
    public Optional<CatalogueEntry> find(long id) {
        return entries.findById(id);
    }

    /** Saves an entry; one whose URL its line already has updates that one instead of adding a second. */
    @Transactional
    public CatalogueEntry save(CatalogueEntry entry) {
        if (entry.id() != null) {
            return entries.save(entry);
        }
        return entries.save(entries.findByLineIdAndUrl(entry.lineId(), entry.url())
                .map(known -> known.updatedFrom(entry, clock.instant()))
                .orElse(entry));
    }
}
