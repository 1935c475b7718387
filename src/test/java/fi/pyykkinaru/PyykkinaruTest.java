package fi.pyykkinaru;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a database of its own under {@code target/test-data}; test classes with the same
 * annotation share one context (and its sample event).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "pyykkinaru.data-dir=target/test-data/${random.uuid}",
        "pyykkinaru.backup.dir=target/test-backups/${random.uuid}",
        "pyykkinaru.security.initial-organiser-password=" + PyykkinaruTest.ORGANISER_PASSWORD,
        "pyykkinaru.stand.name=Test stand"
})
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PyykkinaruTest {

    String ORGANISER_PASSWORD = "organiser-test-password";
}
