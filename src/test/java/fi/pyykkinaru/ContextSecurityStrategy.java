package fi.pyykkinaru;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * One test JVM holds several application contexts: the shared one, and those of tests with a web port of their
 * own. Each installs its own Vaadin-aware security strategy (with its own thread-local) in Spring Security's static
 * holder when it starts, so a test that returns to an earlier context would put its {@code @WithMockUser} login
 * where that context's views cannot see it, and be shown the login page. Before each test (and before the mock
 * user is set) the test's own context's strategy is installed again.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // Before WithSecurityContextTestExecutionListener (10 000), which sets the mock user through the holder.
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
