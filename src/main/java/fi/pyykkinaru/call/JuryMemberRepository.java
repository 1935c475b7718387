package fi.pyykkinaru.call;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface JuryMemberRepository extends ListCrudRepository<JuryMember, Long> {

    List<JuryMember> findByCallIdOrderByName(long callId);

    Optional<JuryMember> findByTokenHash(String tokenHash);
}
