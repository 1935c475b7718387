package fi.pyykkinaru.session;

import fi.pyykkinaru.kiosk.PublicAddress;
import org.springframework.stereotype.Component;

/** Where phones reach a session: {@code {base-url}/s/{token}} (see {@link PublicAddress}). */
@Component
public class SessionAddresses {

    private final PublicAddress address;

    SessionAddresses(PublicAddress address) {
        this.address = address;
    }

    public String feedbackUrl(Session session, String requestBaseUrl) {
        return address.base(requestBaseUrl) + "/s/" + session.token();
    }
}
