package fi.pyykkinaru.call;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** An applicant's answer to one question, kept under the question's key ({@code "yes"}/{@code "no"} for yes/no). */
@Table("proposal_answer")
public record ProposalAnswer(@Column("answer_text") String text) {
}
