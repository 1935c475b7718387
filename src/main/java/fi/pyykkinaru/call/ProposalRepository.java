package fi.pyykkinaru.call;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ProposalRepository extends ListCrudRepository<Proposal, Long> {

    Optional<Proposal> findByTokenHash(String tokenHash);

    Optional<Proposal> findByCallIdAndSubmissionKey(long callId, String submissionKey);

    List<Proposal> findByCallIdOrderByCreatedAtAsc(long callId);

    List<Proposal> findByEventId(long eventId);
}
