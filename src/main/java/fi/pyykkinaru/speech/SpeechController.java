package fi.pyykkinaru.speech;

import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /speech?lang=fi&rate=1&text=…}: the text spoken, as {@code audio/wav}, with {@code Content-Language}
 * saying whose voice. Open to anybody like the visitor screens, rate-limited per address like the phones' pages
 * (staff's PhoneRateLimit). 503 when this server cannot speak: the page then uses the browser's voices.
 */
@RestController
class SpeechController {

    static final MediaType WAV = MediaType.parseMediaType("audio/wav");

    private final Speech speech;

    SpeechController(Speech speech) {
        this.speech = speech;
    }

    @GetMapping("/speech")
    ResponseEntity<?> speak(@RequestParam String text, @RequestParam(defaultValue = "fi") String lang,
            @RequestParam(defaultValue = "1") double rate) {
        Optional<Voice> voice = Voice.of(lang);
        if (voice.isEmpty()) {
            return plain(HttpStatus.BAD_REQUEST, "No voice for that language: fi, sv or en");
        }
        Utterance utterance;
        try {
            utterance = new Utterance(text, voice.get(), rate);
        } catch (IllegalArgumentException e) {
            return plain(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
        }
        if (!speech.available()) {
            return plain(HttpStatus.SERVICE_UNAVAILABLE, "No speech on this server (espeak-ng is not installed)");
        }
        try {
            // Not kept by the browser: the next visitor's browser cache holds nothing this one said.
            return ResponseEntity.ok().contentType(WAV).cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.CONTENT_LANGUAGE, voice.get().languageTag()).body(speech.wav(utterance));
        } catch (Espeak.SpeechFailed e) {
            return plain(HttpStatus.SERVICE_UNAVAILABLE, "No speech just now");
        }
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).cacheControl(CacheControl.noStore())
                .body(message);
    }
}
