package fi.pyykkinaru.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs {@code espeak-ng} for one utterance and returns its WAV. The text goes in on stdin, never on the command
 * line, so nothing a visitor typed can become an option or reach a shell (there is none: the process is started
 * directly); SSML stays off, so tags in the text are read as text. A stand box has few cores: at most two run at
 * once, each within a time limit.
 */
@Component
class Espeak {

    /** espeak-ng's own default, words a minute; the page's rate multiplies it. */
    static final int NORMAL_WORDS_PER_MINUTE = 175;
    /** 400 characters at the slowest rate are well under a minute of 22 kHz 16-bit mono, about 2.6 MB. */
    private static final int MOST_BYTES = 8 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Espeak.class);

    /** Reads each process's output, so that a silent or stuck one is given up on time. */
    private static final Executor READERS = Executors.newVirtualThreadPerTaskExecutor();

    private final String command;
    private final Duration timeout;
    private final Semaphore running = new Semaphore(2);
    private volatile @Nullable Boolean available;

    Espeak(@Value("${pyykkinaru.speech.command:espeak-ng}") String command,
            @Value("${pyykkinaru.speech.timeout:5s}") Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    /** Whether espeak-ng runs here; asked once, as installing it needs a restart of the app anyway. */
    boolean available() {
        Boolean known = available;
        if (known == null) {
            known = answers();
            available = known;
            if (!known) {
                LOG.info("No {} here: stand screens speak with the browser's voices where it has them", command);
            }
        }
        return known;
    }

    private boolean answers() {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    List<String> commandLine(Utterance utterance) {
        int wordsPerMinute = (int) Math.round(NORMAL_WORDS_PER_MINUTE * utterance.rate());
        // -b 1: the input is UTF-8 whatever the server's locale; --stdout: the WAV comes back on the pipe.
        return List.of(command, "-v", utterance.voice().espeakName, "-s", Integer.toString(wordsPerMinute),
                "-b", "1", "--stdin", "--stdout");
    }

    byte[] wav(Utterance utterance) throws SpeechFailed {
        if (!available()) {
            throw new SpeechFailed("espeak-ng is not installed");
        }
        try {
            if (!running.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SpeechFailed("too busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechFailed("interrupted");
        }
        try {
            return Wav.withLengths(run(utterance));
        } finally {
            running.release();
        }
    }

    private byte[] run(Utterance utterance) throws SpeechFailed {
        Process process;
        try {
            process = new ProcessBuilder(commandLine(utterance)).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            available = false;
            throw new SpeechFailed("espeak-ng did not start: " + e.getMessage());
        }
        try {
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAtMost(process.getInputStream()),
                    READERS);
            try (OutputStream in = process.getOutputStream()) {
                in.write((utterance.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            byte[] wav = out.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!process.waitFor(1, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new SpeechFailed("espeak-ng failed");
            }
            return wav;
        } catch (IOException | ExecutionException e) {
            throw new SpeechFailed("espeak-ng failed: " + e.getMessage());
        } catch (TimeoutException e) {
            throw new SpeechFailed("espeak-ng took longer than " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechFailed("interrupted");
        } finally {
            // Also ends the reader: its pipe closes with the process.
            process.destroyForcibly();
        }
    }

    private static byte[] readAtMost(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MOST_BYTES + 1);
            if (bytes.length > MOST_BYTES) {
                throw new IllegalStateException("more audio than " + MOST_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Synthesis did not give audio: the page then uses the browser's voices, or stays silent. */
    static final class SpeechFailed extends Exception {
        SpeechFailed(String message) {
            super(message);
        }
    }
}
