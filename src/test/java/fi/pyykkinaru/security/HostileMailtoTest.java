package fi.pyykkinaru.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.harvest.ContactMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message to a reported party opens in the organiser's mail client from a mailto: link built of what visitors
 * typed (the slip's title and text, the contact's address): nothing typed adds a recipient or a header, or breaks
 * the link; every text arrives as it was written.
 */
class HostileMailtoTest {

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("a second recipient in the address", "maija@example.fi?bcc=all@example.org", "Aihe", "Teksti"),
                Arguments.of("an address with a header after a line break", "maija@example.fi\r\nBcc: all@example.org", "Aihe",
                        "Teksti"),
                Arguments.of("a header in the subject", "maija@example.fi", "Aihe\r\nBcc: all@example.org", "Teksti"),
                Arguments.of("another parameter in the body", "maija@example.fi", "Aihe", "Teksti&cc=all@example.org&body=x"),
                Arguments.of("markup and percent signs", "maija@example.fi", "<script>alert(1)</script> 100%",
                        "<img src=x onerror=alert(1)> %0D%0A %20 + #fragment"),
                Arguments.of("a javascript address", "javascript:alert(1)//@example.fi", "Aihe", "Teksti"),
                Arguments.of("no address", null, "Aihe", "Rivi\nrivi"));
    }

    @ParameterizedTest(name = "mailto: {0}")
    @MethodSource("messages")
    void the_mailto_link_carries_one_address_a_subject_and_a_body_exactly_as_typed(String name, String to, String subject,
            String body) {
        String mailto = new ContactMessage(subject, body, to).mailto();

        assertThat(mailto).as(name).startsWith("mailto:").doesNotContain("\r", "\n", " ", "<", ">");
        URI.create(mailto);
        String address = mailto.substring("mailto:".length(), mailto.indexOf('?'));
        assertThat(URLDecoder.decode(address, StandardCharsets.UTF_8)).as(name).isEqualTo(to == null ? "" : to);
        List<String> parameters = Arrays.asList(mailto.substring(mailto.indexOf('?') + 1).split("&"));
        assertThat(parameters).as(name).hasSize(2);
        assertThat(parameters.get(0)).startsWith("subject=");
        assertThat(parameters.get(1)).startsWith("body=");
        assertThat(URLDecoder.decode(parameters.get(0).substring("subject=".length()), StandardCharsets.UTF_8)).isEqualTo(subject);
        assertThat(URLDecoder.decode(parameters.get(1).substring("body=".length()), StandardCharsets.UTF_8)).isEqualTo(body);
    }
}
