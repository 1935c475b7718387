package fi.pyykkinaru.notice;

import java.util.List;

/** The notice's settings were refused; each problem names its field and message. */
public class InvalidNoticeException extends IllegalArgumentException {

    private final transient List<NoticeSettings.Problem> problems;

    InvalidNoticeException(List<NoticeSettings.Problem> problems) {
        super("The privacy notice has " + problems.size() + " problems: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<NoticeSettings.Problem> problems() {
        return problems;
    }
}
