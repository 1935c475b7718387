package fi.pyykkinaru.kiosk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ScreenRepository extends ListCrudRepository<Screen, Long> {

    Optional<Screen> findByTokenHash(String tokenHash);

    Optional<Screen> findByPairingCode(String pairingCode);

    List<Screen> findByStandId(long standId);

    List<Screen> findAllByOrderByLastContactDesc();
}
