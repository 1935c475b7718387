package fi.pyykkinaru.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Browser tests whose changes must stay out of the sample event the other browser tests share (a call opened and
 * decided, the questions' moderation rule, +1s and a catalogue line): they run on a second application of their own,
 * with a sample event of its own. They share it with each other, as one extra application start costs the run a
 * minute on a busy 2-core box; each looks only at what it made itself or counts relative to what it found.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = "pyykkinaru.stand.name=" + OwnSample.STAND)
@interface OwnSample {

    String STAND = "Own sample stand";
}
