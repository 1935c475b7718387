package fi.pyykkinaru.staff;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Visitor screens are open; staff and organiser views need a login (view annotations say which). */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // The phones' feedback pages are plain HTML forms outside Vaadin; CSRF protection stays on for them.
        // Security headers: SecurityHeaders, which also reaches the pages Vaadin answers itself. Error pages are
        // open, so that a refused or bad request gets its own status and message, not a detour to the login.
        return http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/s", "/s/", "/s/*", "/s/*/details", "/s/*/qr.png", "/error").permitAll()
                        // Questions to the speakers; the moderator page is guarded by its key in the address.
                        .requestMatchers("/s/*/ask", "/s/*/upvote", "/s/*/moderate/*").permitAll()
                        // The event's closing questions for everybody, read and answered without an account.
                        .requestMatchers("/feedback", "/feedback/").permitAll()
                        // The privacy notice every phone page links to, for anybody.
                        .requestMatchers(HttpMethod.GET, "/privacy", "/privacy/", "/privacy/*").permitAll()
                        // The open call's public pages and applicants' and jury members' private links: no account.
                        .requestMatchers("/call/**", "/jury/**").permitAll()
                        // Speech for the visitor screens (the speech module), which are open too.
                        .requestMatchers(HttpMethod.GET, "/speech").permitAll()
                        .requestMatchers(unknownPage(vaadinRequests, false)).permitAll()
                        .requestMatchers(unknownPage(vaadinRequests, true)).authenticated())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .csrf(csrf -> csrf.csrfTokenRepository(new LongFormsCsrfTokens()))
                // A login with nowhere saved to go lands on the staff console, not on the visitors' wall (organisers
                // are staff too); one that was on its way to a staff page is taken there.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                        .defaultSuccessUrl("/staff"))
                .build();
    }

    /**
     * A page no view answers (a mistyped or outdated address) opens the app's not-found page: for anybody outside
     * /staff, as a visitor from a poster must not be sent to the staff login; under /staff for the logged-in (a
     * stranger is asked to log in first whether the page exists or not), who would otherwise get a bare 403. Only
     * reading (GET). Every path outside Vaadin's routes that serves data must have its own rule above, as this one
     * lets such a path through.
     */
    private static RequestMatcher unknownPage(RequestUtil vaadin, boolean staff) {
        return request -> HttpMethod.GET.matches(request.getMethod()) && !vaadin.isFrameworkInternalRequest(request)
                && !vaadin.isAnonymousRoute(request) && !vaadin.isSecuredFlowRoute(request)
                && staff == (request.getRequestURI().substring(request.getContextPath().length()) + "/")
                        .startsWith("/staff/");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets stored hashes move to a stronger scheme later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
