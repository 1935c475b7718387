package fi.pyykkinaru.call;

import fi.pyykkinaru.call.Applied.Invalid;
import fi.pyykkinaru.call.Applied.Refusal;
import fi.pyykkinaru.call.Applied.Refused;
import fi.pyykkinaru.call.Applied.Saved;
import fi.pyykkinaru.i18n.Translations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant's side of a call, who has no account, only a private link: saving a proposal unfinished, sending
 * it in, changing it until the call closes, withdrawing it, and once chosen its checklist and marketing text.
 * Problems with what was typed come back as a list, field by field, and nothing is stored then; a closed call or a
 * decided proposal is refused, never an exception.
 */
@Service
public class Applications {

    static final int MAX_MARKETING = 4000;
    static final List<String> DEFAULT_TASKS = List.of("call.page.task.default.people", "call.page.task.default.inform",
            "call.page.task.default.speakers", "call.page.task.default.marketing");
    // Each attempt lets at least one of the sends racing on one proposal through.
    private static final int ATTEMPTS = 5;
    private static final int NEW_TASK = -1;

    private final ProposalRepository proposals;
    private final Translations translations;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Applications(ProposalRepository proposals, Translations translations, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.proposals = proposals;
        this.translations = translations;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Saves (or sends in) the proposal of the form with this key: the first time a new one, then the same one
     * again. The key is the private link's secret (see {@link ApplicantEdits#submissionKey}).
     */
    public Applied save(Call call, String formKey, ApplicationForm form, boolean submit) {
        if (!PrivateLinks.isWellFormed(formKey)) {
            throw new IllegalArgumentException("Not a form key");
        }
        return write(call, () -> proposals.findByCallIdAndSubmissionKey(call.requireId(),
                ApplicantEdits.submissionKey(formKey)), formKey, form, submit, true);
    }

    /** Saves (or sends in) a change made on the proposal's private page. */
    public Applied update(Call call, String secret, ApplicationForm form, boolean submit) {
        return write(call, () -> ofCall(call, secret), secret, form, submit, false);
    }

    /** The proposal behind a private link, if the link is one. */
    public Optional<Proposal> bySecret(String secret) {
        return PrivateLinks.isWellFormed(secret) ? proposals.findByTokenHash(PrivateLinks.hash(secret))
                : Optional.empty();
    }

    /** Takes a proposal out of the call, while the call is open and the proposal is still the applicant's. */
    public Applied withdraw(Call call, String secret) {
        return change(secret, p -> p.callId() == call.requireId(), p -> {
            if (!call.isOpenAt(clock.instant())) {
                return new Refused(Refusal.CLOSED);
            }
            if (!p.status().editableByApplicant()) {
                return new Refused(Refusal.NOT_EDITABLE);
            }
            return new Saved(proposals.save(ApplicantEdits.withdrawn(p, clock.instant())), secret);
        });
    }

    /** A chosen proposal's checklist: its own items, or the usual ones in its language until it has any. */
    public List<ProposalTask> checklist(Proposal proposal) {
        if (!proposal.tasks().isEmpty()) {
            return proposal.tasks();
        }
        Locale language = Translations.supported(Locale.of(proposal.language()));
        return DEFAULT_TASKS.stream().map(key -> new ProposalTask(translations.getTranslation(key, language), false))
                .toList();
    }

    public Applied tick(String secret, int index, boolean done) {
        return tasks(secret, index, tasks -> tasks.set(index, new ProposalTask(tasks.get(index).text(), done)));
    }

    public Applied editTask(String secret, int index, String text) {
        String typed = oneLine(text);
        List<ApplicationProblem> problems = taskProblems("call-task-" + (index + 1), typed);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return tasks(secret, index, tasks -> tasks.set(index, new ProposalTask(typed, tasks.get(index).done())));
    }

    public Applied removeTask(String secret, int index) {
        return tasks(secret, index, tasks -> tasks.remove(index));
    }

    public Applied addTask(String secret, String text) {
        String typed = oneLine(text);
        List<ApplicationProblem> problems = taskProblems("call-task-new", typed);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return tasks(secret, NEW_TASK, tasks -> tasks.add(new ProposalTask(typed, false)));
    }

    /** The text that markets a chosen session; a changed text waits for the organisers' approval again. */
    public Applied marketingText(String secret, String text) {
        String typed = text.replace("\r\n", "\n").strip();
        if (typed.length() > MAX_MARKETING) {
            return new Invalid(List.of(ApplicationProblem.of("call-marketing-text", "call.page.error.too-long",
                    MAX_MARKETING, typed.length())));
        }
        return change(secret, p -> true, p -> p.status() != ProposalStatus.CHOSEN ? new Refused(Refusal.NOT_CHOSEN)
                : new Saved(proposals.save(ApplicantEdits.withMarketingText(p, typed, clock.instant())), secret));
    }

    private Applied write(Call call, Supplier<Optional<Proposal>> find, String secret, ApplicationForm form,
            boolean submit, boolean mayCreate) {
        // Two sends of one form at once: the later insert fails on the unique key, and its retry finds the
        // proposal the first stored and changes that instead.
        return retried(() -> {
            Instant now = clock.instant();
            Optional<Proposal> found = find.get();
            if (!call.isOpenAt(now)) {
                return new Refused(Refusal.CLOSED);
            }
            if (found.isEmpty() && !mayCreate) {
                return new Refused(Refusal.NOT_FOUND);
            }
            if (found.isPresent() && !found.get().status().editableByApplicant()) {
                return new Refused(Refusal.NOT_EDITABLE);
            }
            boolean complete = submit || found.filter(p -> p.status() == ProposalStatus.SUBMITTED).isPresent();
            List<ApplicationProblem> problems = ApplicationCheck.problems(call, form, complete);
            if (!problems.isEmpty()) {
                return new Invalid(problems);
            }
            Proposal proposal = found.map(p -> ApplicantEdits.edited(p, call, form, submit, now))
                    .orElseGet(() -> ApplicantEdits.created(call, secret, form, submit, now));
            return new Saved(proposals.save(proposal), secret);
        });
    }

    private Applied tasks(String secret, int index, Consumer<List<ProposalTask>> edit) {
        return change(secret, p -> true, p -> {
            if (p.status() != ProposalStatus.CHOSEN) {
                return new Refused(Refusal.NOT_CHOSEN);
            }
            List<ProposalTask> tasks = new ArrayList<>(checklist(p));
            if (index != NEW_TASK && (index < 0 || index >= tasks.size())) {
                return new Refused(Refusal.NOT_FOUND);
            }
            edit.accept(tasks);
            return new Saved(proposals.save(ApplicantEdits.withTasks(p, tasks, clock.instant())), secret);
        });
    }

    private Applied change(String secret, Predicate<Proposal> belongs,
            Function<Proposal, Applied> change) {
        return retried(() -> bySecret(secret).filter(belongs).map(change)
                .orElseGet(() -> new Refused(Refusal.NOT_FOUND)));
    }

    private Applied retried(Supplier<Applied> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                Applied applied = transactions.execute(status -> work.get());
                return Objects.requireNonNull(applied);
            } catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private Optional<Proposal> ofCall(Call call, String secret) {
        return bySecret(secret).filter(p -> p.callId() == call.requireId());
    }

    /** A checklist item is one line, even when typed in a box that wraps. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<ApplicationProblem> taskProblems(String field, String text) {
        if (text.isEmpty()) {
            return List.of(ApplicationProblem.of(field, "call.page.error.task-empty"));
        }
        if (text.length() > ProposalTask.MAX_TEXT) {
            return List.of(ApplicationProblem.of(field, "call.page.error.too-long", ProposalTask.MAX_TEXT,
                    text.length()));
        }
        return List.of();
    }
}
