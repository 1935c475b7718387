package fi.pyykkinaru.event;

import tools.jackson.databind.JsonNode;

/**
 * One feature's share of an event's set-up (the event itself, its lines, stands, team, call): what copying an
 * event brings along and what its set-up file holds under {@link #key()}. Copying and the set-up file are built
 * from these parts only, so a feature that adds set-up adds a part and both follow. Slips, votes and people are
 * never a part.
 */
public interface SetupPart {

    /** This part's member in the set-up file's top-level object, e.g. {@code "lines"}. */
    String key();

    /** Parts are imported and copied in ascending order: what others refer to (lines) comes before them (stands). */
    int order();

    /** This part of the event's set-up, as the set-up file holds it. */
    JsonNode export(Event event);

    /**
     * Adds a problem for everything wrong in {@code node} (this part's member of a set-up file, or missing), each
     * at its place in the file; changes nothing. {@code file} is the whole file, for parts that refer to others.
     */
    void check(JsonNode node, JsonNode file, SetupProblems problems);

    /** Gives the event this part of the set-up; called only after every part's check found no problem. */
    void apply(Event event, JsonNode node);
}
