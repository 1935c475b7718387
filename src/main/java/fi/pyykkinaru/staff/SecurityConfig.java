package fi.pyykkinaru.staff;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Visitor screens are open; staff and organiser views need a login (view annotations say which). */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The phones' feedback pages are plain HTML forms outside Vaadin; CSRF protection stays on for them.
        // Security headers: SecurityHeaders, which also reaches the pages Vaadin answers itself. Error pages are
        // open, so that a refused or bad request gets its own status and message, not a detour to the login.
        return http.authorizeHttpRequests(auth -> auth.requestMatchers("/s/*", "/s/*/details", "/s/*/qr.png", "/error")
                        .permitAll())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                // A login with nowhere saved to go lands on the staff console, not on the visitors' wall (organisers
                // are staff too); one that was on its way to a staff page is taken there.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                        .defaultSuccessUrl("/staff"))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets stored hashes move to a stronger scheme later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
