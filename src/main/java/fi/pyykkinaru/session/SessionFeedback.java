package fi.pyykkinaru.session;

import java.util.List;
import java.util.Map;

/**
 * One session's feedback in full: the result, the results by channel (its name) and by region (its name, "" for
 * none given), the comments in the order they came, the results of those who followed it on site and remotely
 * (see {@link #ON_SITE}) with the remote respondents' regions, and staff's count of who attended.
 */
public record SessionFeedback(Session session, FeedbackResult result, Map<String, FeedbackResult> byChannel,
        Map<String, FeedbackResult> byRegion, List<String> comments, Map<String, FeedbackResult> byAttendance,
        Map<String, FeedbackResult> remoteRegions, SessionAttendance attendance) {

    /** The keys of {@link #byAttendance}: on site, remote, and answers that did not say (phone votes without details). */
    public static final String ON_SITE = Attendance.ON_SITE.name(), REMOTE = Attendance.REMOTE.name(), NOT_SAID = "";

    /** The results on site, remote and not said, each present even when nobody answered so. */
    public FeedbackResult attended(String key) {
        return byAttendance.getOrDefault(key, new FeedbackResult(Map.of(), 0));
    }
}
