package fi.pyykkinaru.call;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewRepository extends ListCrudRepository<Review, Long> {

    List<Review> findByProposalId(long proposalId);

    Optional<Review> findByProposalIdAndReviewer(long proposalId, String reviewer);

    List<Review> findByReviewer(String reviewer);
}
