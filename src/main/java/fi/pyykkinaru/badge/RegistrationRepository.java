package fi.pyykkinaru.badge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RegistrationRepository extends ListCrudRepository<Registration, Long> {

    @Query("select * from registration where event_id = :eventId and (name <> '" + Registration.ERASED + "' "
            + "or organisation is not null or email is not null or email_consent) order by id")
    List<Registration> findWithPersonalData(long eventId);

    @Query("select * from registration where lower(name) like :pattern or lower(email) like :pattern order by id")
    List<Registration> findNaming(String pattern);

    Optional<Registration> findByBadgeCode(String badgeCode);

    @Query("select * from registration where event_id = :eventId and (lower(name) like :pattern "
            + "or lower(organisation) like :pattern or badge_code = :code) order by name limit :limit")
    List<Registration> search(long eventId, String pattern, String code, int limit);

    @Query("select * from registration where event_id = :eventId order by name")
    List<Registration> findByEvent(long eventId);
}
