package fi.pyykkinaru.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;

/** axe-core on a page, as every browser test runs it. */
final class Axe {

    private Axe() {
    }

    /**
     * In axe's legacy mode: the application has no frames, and the default mode gathers each frame's partial result
     * and finishes them in a new browser page of its own, opened for every check. That page cost four fifths of
     * AccessibilityIT's time (measured side by side: 1.9 s against 0.4 s a check, the same findings).
     */
    static AxeBuilder on(Page page) {
        return new AxeBuilder(page).setLegacyMode(true);
    }
}
