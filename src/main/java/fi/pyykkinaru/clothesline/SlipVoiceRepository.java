package fi.pyykkinaru.clothesline;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SlipVoiceRepository extends ListCrudRepository<SlipVoice, Long> {

    List<SlipVoice> findBySlipIdAndStatusOrderById(long slipId, SlipStatus status);

    List<SlipVoice> findByCatalogueEntryIdAndStatusOrderById(long catalogueEntryId, SlipStatus status);

    @Query("select id from slip_voice where event_id = :eventId and comment is not null order by id")
    List<Long> idsWithComment(long eventId);

    @Query("select id from slip_voice where lower(comment) like :pattern order by id")
    List<Long> idsWriting(String pattern);
}
