package fi.pyykkinaru.session;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where phones reach a session: {@code {base-url}/s/{token}}. The base URL is the stand server's address on the
 * venue network ({@code pyykkinaru.public-base-url}); unset, it is the address the page itself was opened with.
 */
@Component
public class SessionAddresses {

    private final String configured;

    SessionAddresses(@Value("${pyykkinaru.public-base-url:}") String configured) {
        this.configured = configured.strip().replaceAll("/+$", "");
    }

    public String feedbackUrl(Session session, String requestBaseUrl) {
        String base = configured.isEmpty() ? requestBaseUrl.replaceAll("/+$", "") : configured;
        return base + "/s/" + session.token();
    }
}
