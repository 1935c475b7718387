package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.printing.PdfChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pitcher's letter from the jury: each criterion's mean and every member's score, members numbered and never named,
 * every comment, in the pitcher's own language; and all letters of a call in one PDF.
 */
@PyykkinaruTest
class PitchLettersTest {

    @Autowired Calls calls;
    @Autowired Events events;
    @Autowired Jury jury;
    @Autowired Pitches pitches;
    @Autowired JuryScores scores;
    @Autowired PitchLetters letters;

    @Test
    void the_letter_has_the_means_every_score_by_number_and_every_comment_but_no_names() throws Exception {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call call = calls.open(event, CallKind.PITCH);
        Proposal pitch = pitches.add(call, new PitchDraft("Kylätaksi kaikille", "Pekka Pitchaaja", "Kyläyhdistys", "",
                "fi")).pitch();
        JuryMember maija = jury.add(call, "Maija Tuomari").member();
        JuryMember matti = jury.add(call, "Matti Tuomari").member();
        scores.save(call, maija, pitch, sheet(call, List.of(4, 5, 3, 2), "Selkeä ongelma, rohkea ratkaisu."));
        scores.save(call, matti, pitch, sheet(call, List.of(5, 4, 4, 2), ""));

        byte[] pdf = letters.letter(pitch);
        Files.write(Path.of("target", "pitch-letter-test.pdf"), pdf);
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");

        assertThat(text).contains("Raadin palaute: Kylätaksi kaikille", event.name(), "Hei Pekka Pitchaaja,",
                "Raadin jäsen 1", "Raadin jäsen 2", "Keskiarvo",
                "Ongelman ja ratkaisun selkeys 4,5 4 5", "Vaikuttavuus 4,5 5 4", "Toteutettavuus 3,5 3 4",
                "Levitettävyys 2,0 2 2", "Raadin jäsen 1: “Selkeä ongelma, rohkea ratkaisu.”")
                .doesNotContain("Maija", "Matti", "Tuomari");
    }

    @Test
    void the_letter_is_in_the_pitchers_language_and_says_so_when_nobody_has_scored_yet() throws Exception {
        Call call = calls.open(TestEvents.create(events, ModerationPolicy.PUBLISH), CallKind.PITCH);
        Proposal pitch = pitches.add(call, new PitchDraft("Byataxi", "Sara", "", "", "sv")).pitch();

        String text = PdfChecks.text(letters.letter(pitch)).replaceAll("\\s+", " ");

        assertThat(text).contains("Juryns respons: Byataxi", "Hej Sara,",
                "Juryn har inte gett poäng åt den här pitchen ännu.", "Juryn skrev inga kommentarer.");
    }

    @Test
    void all_letters_of_a_call_come_in_one_pdf_each_from_a_page_of_its_own() throws Exception {
        Call call = calls.open(TestEvents.create(events, ModerationPolicy.PUBLISH), CallKind.PITCH);
        pitches.add(call, new PitchDraft("Ensimmäinen", "Aino", "", "", "fi"));
        pitches.add(call, new PitchDraft("Second", "Bob", "", "", "en"));

        byte[] pdf = letters.letters(call);

        assertThat(PdfChecks.pageSizes(pdf)).hasSize(2);
        assertThat(PdfChecks.text(pdf)).contains("Raadin palaute: Ensimmäinen", "The jury's feedback: Second");
    }

    private static JuryScoreDraft sheet(Call call, List<Integer> given, String comment) {
        List<Criterion> criteria = call.criteria();
        Map<String, String> typed = criteria.stream().collect(Collectors.toMap(Criterion::key,
                c -> String.valueOf(given.get(criteria.indexOf(c)))));
        return new JuryScoreDraft(typed, comment);
    }
}
