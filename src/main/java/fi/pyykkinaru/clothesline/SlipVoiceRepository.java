package fi.pyykkinaru.clothesline;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface SlipVoiceRepository extends ListCrudRepository<SlipVoice, Long> {

    List<SlipVoice> findBySlipIdAndStatusOrderById(long slipId, SlipStatus status);

    List<SlipVoice> findByCatalogueEntryIdAndStatusOrderById(long catalogueEntryId, SlipStatus status);
}
