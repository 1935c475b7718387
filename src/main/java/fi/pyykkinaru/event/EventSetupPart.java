package fi.pyykkinaru.event;

import tools.jackson.databind.JsonNode;

/**
 * The event's own part of a set-up file (key {@code "event"}, order 0): besides checking its member like every
 * part, it makes the event that the other parts are then applied to. Importing a set-up file calls
 * {@link #create(JsonNode)} instead of {@link #apply(Event, JsonNode)}.
 */
public interface EventSetupPart extends SetupPart {

    /** Creates and saves the event described by its checked member of a set-up file. */
    Event create(JsonNode node);
}
