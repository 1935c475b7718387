package fi.pyykkinaru.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The real espeak-ng of this machine (.mvn/test-packages.sh installs it), as the stand box runs it. */
class EspeakTest {

    private final Espeak espeak = new Espeak("espeak-ng", Duration.ofSeconds(10));

    @Test
    void a_finnish_sentence_becomes_a_wav_whose_header_says_its_true_length() throws Exception {
        byte[] wav = espeak.wav(new Utterance("Tervetuloa pyykkinarulle!", Voice.FI, 1));

        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ascii(wav, 0, 4)).isEqualTo("RIFF");
        assertThat(ascii(wav, 8, 4)).isEqualTo("WAVE");
        assertThat(ascii(wav, 12, 4)).isEqualTo("fmt ");
        assertThat(header.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(header.getShort(22)).as("mono").isEqualTo((short) 1);
        assertThat(ascii(wav, 36, 4)).isEqualTo("data");
        assertThat(header.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(header.getInt(40)).isEqualTo(wav.length - 44);
        int sampleRate = header.getInt(24);
        double seconds = (wav.length - 44) / 2.0 / sampleRate;
        assertThat(seconds).as("a short sentence, spoken").isBetween(0.8, 6.0);
        assertThat(audible(wav)).isTrue();
    }

    @Test
    void finnish_swedish_and_english_are_spoken_in_their_own_voices() throws Exception {
        String text = "Hyvää päivää, tervetuloa messuille";
        byte[] fi = espeak.wav(new Utterance(text, Voice.FI, 1));
        byte[] sv = espeak.wav(new Utterance(text, Voice.SV, 1));
        byte[] en = espeak.wav(new Utterance(text, Voice.EN, 1));

        assertThat(Arrays.equals(fi, sv)).isFalse();
        assertThat(Arrays.equals(fi, en)).isFalse();
        assertThat(Arrays.equals(sv, en)).isFalse();
        assertThat(espeak.commandLine(new Utterance(text, Voice.SV, 1))).containsSubsequence("-v", "sv");
        assertThat(espeak.commandLine(new Utterance(text, Voice.EN, 1))).containsSubsequence("-v", "en");
    }

    @Test
    void the_rate_multiplies_the_normal_rate_and_a_slower_voice_takes_longer() throws Exception {
        String text = "Ripusta lappu narulle";
        assertThat(espeak.commandLine(new Utterance(text, Voice.FI, 0.7))).containsSubsequence("-s", "122");
        assertThat(espeak.commandLine(new Utterance(text, Voice.FI, 1.4))).containsSubsequence("-s", "245");

        int slow = espeak.wav(new Utterance(text, Voice.FI, 0.7)).length;
        int fast = espeak.wav(new Utterance(text, Voice.FI, 1.4)).length;
        assertThat(slow).isGreaterThan(fast * 3 / 2);
    }

    @Test
    void hostile_text_is_only_ever_read_aloud_never_run_or_taken_as_an_option() throws Exception {
        String[] hostile = { "--version", "-w /tmp/pwned.wav", "$(touch /tmp/pwned); `reboot`", "\"; rm -rf / #",
            "<speak><audio src=\"file:///etc/passwd\"/></speak>", "a\u0000b\u001b[31mc\r\nd", "[[h@'loU]]" };
        for (String text : hostile) {
            byte[] wav = espeak.wav(new Utterance(text, Voice.EN, 1));
            assertThat(ascii(wav, 0, 4)).as(text).isEqualTo("RIFF");
            assertThat(espeak.commandLine(new Utterance(text, Voice.EN, 1))).as(text)
                    .noneMatch(argument -> argument.contains(text.strip()));
        }
        assertThat(java.nio.file.Path.of("/tmp/pwned.wav")).doesNotExist();
        assertThat(java.nio.file.Path.of("/tmp/pwned")).doesNotExist();
    }

    @Test
    void without_espeak_ng_there_is_no_speech_and_the_caller_is_told() {
        Espeak missing = new Espeak("/nonexistent/espeak-ng", Duration.ofSeconds(2));

        assertThat(missing.available()).isFalse();
        assertThatThrownBy(() -> missing.wav(new Utterance("Hei", Voice.FI, 1)))
                .isInstanceOf(Espeak.SpeechFailed.class);
    }

    @Test
    void a_synthesiser_that_hangs_is_given_up_on_in_time() {
        // sleep stands in for a synthesiser that hangs: it never writes a byte nor ends.
        Espeak stuck = new Espeak("sleep", Duration.ofMillis(500)) {
            @Override
            java.util.List<String> commandLine(Utterance utterance) {
                return java.util.List.of("sleep", "30");
            }

            @Override
            boolean available() {
                return true;
            }
        };
        long started = System.nanoTime();

        assertThatThrownBy(() -> stuck.wav(new Utterance("Hei", Voice.FI, 1))).isInstanceOf(Espeak.SpeechFailed.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private static String ascii(byte[] bytes, int at, int length) {
        return new String(bytes, at, length, StandardCharsets.US_ASCII);
    }

    /** Not a silent clip: some sample is loud. */
    private static boolean audible(byte[] wav) {
        ByteBuffer samples = ByteBuffer.wrap(wav, 44, wav.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        while (samples.remaining() >= 2) {
            if (Math.abs(samples.getShort()) > 3000) {
                return true;
            }
        }
        return false;
    }
}
