package fi.pyykkinaru.session;

import org.springframework.data.repository.ListCrudRepository;

interface AnswerRepository extends ListCrudRepository<Answer, String> {
}
