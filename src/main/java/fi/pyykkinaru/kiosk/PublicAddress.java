package fi.pyykkinaru.kiosk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The stand server's address as visitors' phones reach it, for QR codes on screens and paper: the configured
 * {@code pyykkinaru.public-base-url} (the address on the venue network), else the address the current page was
 * opened with.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final Environment environment;

    PublicAddress(@Value("${pyykkinaru.public-base-url:}") String configured, Environment environment) {
        this.configured = configured.strip().replaceAll("/+$", "");
        this.environment = environment;
    }

    /** Call on a request's thread (a click, a page load); printing threads have no request to ask. */
    public String base() {
        if (!configured.isEmpty() || RequestContextHolder.getRequestAttributes() == null) {
            // Read late: the port the server really took is known only once it has started.
            return configured.isEmpty() ? "http://localhost:" + environment.getProperty("local.server.port",
                    environment.getProperty("server.port", "8080")) : configured;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString().replaceAll("/+$", "");
    }

    public String base(String requestBaseUrl) {
        return configured.isEmpty() ? requestBaseUrl.replaceAll("/+$", "") : configured;
    }
}
