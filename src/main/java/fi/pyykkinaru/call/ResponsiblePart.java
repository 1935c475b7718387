package fi.pyykkinaru.call;

import fi.pyykkinaru.session.Session;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chosen session proposal's page for its responsible person: the session as it will be published (from the
 * programme once it has a time and a room), the checklist, the marketing text and its approval, and after the
 * session its feedback letter. What was typed comes back with its problems ({@code typedTask},
 * {@code marketingText}).
 */
record ResponsiblePart(CallText text, String base, String proposalTitle, @Nullable Session session, ZoneId zone,
        List<ProposalTask> tasks, String marketingText, boolean marketingApproved, boolean marketingStored,
        String typedTask, List<ApplicationProblem> problems, boolean letter) {

    ResponsiblePart {
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
    }

    String title() {
        return session == null ? proposalTitle : session.title();
    }

    @Nullable String description() {
        return session == null ? null : session.description();
    }

    /** The time and room, or that they will be announced. */
    String when() {
        if (session == null) {
            return text.get("call.page.session.to-be-announced");
        }
        String when = text.dateTime(session.startsAt(), zone) + "–" + text.time(session.endsAt(), zone);
        return session.room() == null ? when : when + " · " + session.room();
    }

    int done() {
        return (int) tasks.stream().filter(ProposalTask::done).count();
    }

    @Nullable String problem(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst()
                .map(p -> text.get(p.key(), p.args().toArray())).orElse(null);
    }

    /** Whether the organisers' approval is what the page says now: none while nothing is stored. */
    String approval() {
        if (!marketingStored) {
            return text.get("call.page.marketing.none");
        }
        return text.get(marketingApproved ? "call.page.marketing.approved" : "call.page.marketing.waiting");
    }
}
