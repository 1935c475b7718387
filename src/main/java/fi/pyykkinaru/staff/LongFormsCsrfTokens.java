package fi.pyykkinaru.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token of a form is kept. The open call's and the jury's forms keep it in a cookie of their own, not
 * in the server's session: an applicant may write a proposal for an hour, longer than a session lives, and must not
 * lose it to a refused send. The protection is the same (the token in the form must match the cookie, which another
 * site can neither read nor set). Everything else keeps the session's token.
 */
final class LongFormsCsrfTokens implements CsrfTokenRepository {

    private final CsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    LongFormsCsrfTokens() {
        cookie.setCookieName("PYK-FORM-TOKEN");
        cookie.setCookiePath("/");
        cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/call/") || path.startsWith("/jury/") ? cookie : session;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }
}
