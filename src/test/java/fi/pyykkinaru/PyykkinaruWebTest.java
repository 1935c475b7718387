package fi.pyykkinaru;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application serving HTTP on a random port, on a database of its own: the test classes that speak to it
 * over plain HTTP share this one server (a context start costs a minute of a busy 2-core box). As with
 * {@link PyykkinaruTest}, each test first gets its own context's security strategy back
 * ({@link ContextSecurityStrategy}). A class that changes the server's state for its tests puts it back after each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pyykkinaru.data-dir=target/test-data/${random.uuid}",
        "pyykkinaru.backup.dir=target/test-backups/${random.uuid}",
        "pyykkinaru.security.initial-organiser-password=web-test-password"
})
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PyykkinaruWebTest {
}
