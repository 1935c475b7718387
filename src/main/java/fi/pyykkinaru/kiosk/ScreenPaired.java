package fi.pyykkinaru.kiosk;

import org.jspecify.annotations.Nullable;

/** A screen was paired with a stand, or its pairing revoked ({@code standId} null): it shows its new stand live. */
public record ScreenPaired(long screenId, @Nullable Long standId) {
}
