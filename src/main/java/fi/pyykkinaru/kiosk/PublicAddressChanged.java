package fi.pyykkinaru.kiosk;

import org.jspecify.annotations.Nullable;

/**
 * An organiser changed the address phones use; {@code null} is the automatic choice (the server's settings, its
 * address on the venue network, or the page's). Published inside the change's transaction, so that a listener on
 * the same thread (the audit log) knows who did it and is kept or lost with the change.
 */
public record PublicAddressChanged(@Nullable String before, @Nullable String after) {
}
