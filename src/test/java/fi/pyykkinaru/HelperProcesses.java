package fi.pyykkinaru;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The servers tests start for themselves (CUPS, PostgreSQL): their scripts run, and the ports they get. */
public final class HelperProcesses {

    private HelperProcesses() {
    }

    /**
     * Runs a command to its end and returns what it printed; fails the test, with {@code needs} as the hint, when
     * it does not succeed within {@code seconds}.
     */
    public static String run(List<String> command, Map<String, String> environment, int seconds, String needs) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("%s: %s (%s)", command, output, needs).isZero();
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
