package fi.pyykkinaru.evaluation;

/** How far the event reached a sub-goal, as its organisers judge after it. */
public enum GoalStatus {
    MET, PARTLY, NOT_MET;

    public String labelKey() {
        return "evaluation.goal.status." + name();
    }
}
