package fi.pyykkinaru.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule itself catches what it is for and lets people's own words, addresses and codes be. */
class PeoplesWordsRuleTest {

    @Test
    void keys_markers_enum_constants_anonymous_user_and_utc_instants_are_caught() {
        assertThat(PeoplesWords.problems("2026-12-02 · anonymousUser · slip.published · slip 12"))
                .containsExactly("text key slip.published", "anonymousUser");
        assertThat(PeoplesWords.problems("harvest.pdf.median 1")).containsExactly("text key harvest.pdf.median");
        assertThat(PeoplesWords.problems("Alue: !region.MARS")).containsExactly("missing translation !region.MARS");
        assertThat(PeoplesWords.problems("OTHER;PIRKANMAA;PUBLISHED")).hasSize(3);
        assertThat(PeoplesWords.problems("luotu 2026-12-02T12:05:00Z")).containsExactly("UTC instant 2026-12-02T12:05:00Z");
    }

    @Test
    void ordinary_text_addresses_codes_and_local_times_pass() {
        assertThat(PeoplesWords.problems("Hei Pia, mediaani 0,5. Avaa http://10.0.0.5:8080/s/AB12CD tai kirjoita "
                + "pia.paneelinen@example.fi; QR-koodi, PDF, CSV; 2026-12-02 14:05; Pirkanmaa; Koodi K7M2Q9")).isEmpty();
    }
}
