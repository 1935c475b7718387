package fi.pyykkinaru.call;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One item of a chosen proposal's checklist, which its responsible person edits and ticks. */
@Table("proposal_task")
public record ProposalTask(@Column("task_text") String text, boolean done) {

    public static final int MAX_TEXT = 300;
}
