package fi.pyykkinaru.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import fi.pyykkinaru.session.SessionTokens;
import org.junit.jupiter.api.io.TempDir;

/** A session's QR code read back by an independent decoder, zbarimg from zbar-tools (installed by .ci/run). */
class QrCodesTest {

    @Test
    void a_session_address_survives_the_round_trip_through_an_independent_decoder(@TempDir Path dir) throws Exception {
        String address = "http://10.0.0.5:8080/s/" + SessionTokens.next();
        Path png = Files.write(dir.resolve("session.png"), new QrCodes().png(address, 360));

        Process zbarimg = new ProcessBuilder("zbarimg", "-q", "--raw", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String decoded = new String(zbarimg.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(zbarimg.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(zbarimg.exitValue()).as("zbarimg exit code (is zbar-tools installed?)").isZero();
        assertThat(decoded).isEqualTo(address);
    }
}
