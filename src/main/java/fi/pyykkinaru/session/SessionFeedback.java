package fi.pyykkinaru.session;

import java.util.List;
import java.util.Map;

/**
 * One session's feedback in full: the result, the results by channel (its name) and by region (its name, "" for
 * none given), and the comments in the order they came.
 */
public record SessionFeedback(Session session, FeedbackResult result, Map<String, FeedbackResult> byChannel,
        Map<String, FeedbackResult> byRegion, List<String> comments) {
}
