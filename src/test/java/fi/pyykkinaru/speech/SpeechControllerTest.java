package fi.pyykkinaru.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class SpeechControllerTest {

    private final SpeechController speech = new SpeechController(
            new Speech(new Espeak("espeak-ng", Duration.ofSeconds(10))));

    @Test
    void a_text_comes_back_as_wav_in_the_voice_of_the_language_asked_for() {
        ResponseEntity<?> answer = speech.speak("Pyykkinaru", "sv-FI", 1);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(SpeechController.WAV);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("sv");
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat((byte[]) answer.getBody()).startsWith('R', 'I', 'F', 'F');
    }

    @Test
    void plain_finnish_is_spoken_with_the_finnish_voice() {
        assertThat(speech.speak("Hei", "fi-selko", 1).getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE))
                .isEqualTo("fi");
    }

    @Test
    void an_unknown_language_a_blank_or_too_long_text_and_an_odd_rate_are_refused() {
        assertThat(speech.speak("Hei", "de", 1).getStatusCode().value()).isEqualTo(400);
        assertThat(speech.speak("Hei", "", 1).getStatusCode().value()).isEqualTo(400);
        assertThat(speech.speak(" \u0000\n ", "fi", 1).getStatusCode().value()).isEqualTo(400);
        assertThat(speech.speak("a".repeat(Utterance.MAX_CHARS + 1), "fi", 1).getStatusCode().value()).isEqualTo(400);
        assertThat(speech.speak("Hei", "fi", 5).getStatusCode().value()).isEqualTo(400);
        assertThat(speech.speak("Hei", "fi", Double.NaN).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void a_server_without_espeak_ng_answers_503_so_that_the_page_uses_the_browsers_voices() {
        SpeechController mute = new SpeechController(new Speech(new Espeak("/nonexistent/espeak-ng",
                Duration.ofSeconds(2))));

        assertThat(mute.speak("Hei", "fi", 1).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void control_characters_become_spaces_and_joined_emoji_stay_whole() {
        Utterance utterance = new Utterance("Hei\u0000maailma\u202e \uD83D\uDC69\u200D\uD83D\uDCBB", Voice.FI, 1);

        assertThat(utterance.text()).isEqualTo("Hei maailma \uD83D\uDC69\u200D\uD83D\uDCBB");
        assertThatThrownBy(() -> new Utterance("Hei", Voice.FI, 0.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_short_text_is_synthesised_once_and_a_long_one_is_not_kept() throws Exception {
        int[] runs = { 0 };
        Speech counted = new Speech(new Espeak("espeak-ng", Duration.ofSeconds(10)) {
            @Override
            byte[] wav(Utterance utterance) throws SpeechFailed {
                runs[0]++;
                return super.wav(utterance);
            }
        });
        Utterance heading = new Utterance("Kirjoita lappu", Voice.FI, 1);
        Utterance slip = new Utterance("Sana ".repeat(40), Voice.FI, 1);

        assertThat(counted.wav(heading)).isEqualTo(counted.wav(heading));
        counted.wav(slip);
        counted.wav(slip);

        assertThat(runs[0]).isEqualTo(3);
    }
}
