package fi.pyykkinaru.clothesline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CatalogueEntryRepository extends ListCrudRepository<CatalogueEntry, Long> {

    List<CatalogueEntry> findByLineIdOrderByTitle(long lineId);

    List<CatalogueEntry> findByEventIdOrderByTitle(long eventId);

    Optional<CatalogueEntry> findByLineIdAndUrl(long lineId, String url);

    long countByLineId(long lineId);
}
