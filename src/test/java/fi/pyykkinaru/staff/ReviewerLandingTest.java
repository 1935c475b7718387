package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A reviewer who is no staff member lands on the review board after logging in, not on a refusal. */
class ReviewerLandingTest {

    private final ReviewerLanding landing = new ReviewerLanding();

    @AfterEach
    void loggedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_reviewer_only_login_landing_on_the_staff_console_goes_to_the_review_board() throws Exception {
        logIn("ROLE_REVIEWER");
        MockHttpServletResponse response = get("/staff");
        assertThat(response.getRedirectedUrl()).isEqualTo("/staff/call");
        assertThat(get("/staff/").getRedirectedUrl()).isEqualTo("/staff/call");
        assertThat(get("/staff/call").getRedirectedUrl()).as("already there").isNull();
    }

    @Test
    void staff_organisers_and_strangers_go_where_they_were_going() throws Exception {
        logIn("ROLE_REVIEWER", "ROLE_STAFF");
        assertThat(get("/staff").getRedirectedUrl()).isNull();
        logIn("ROLE_ORGANISER", "ROLE_STAFF");
        assertThat(get("/staff").getRedirectedUrl()).isNull();
        SecurityContextHolder.clearContext();
        assertThat(get("/staff").getRedirectedUrl()).isNull();
    }

    private static void logIn(String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("a", "",
                List.of(roles).stream().map(SimpleGrantedAuthority::new).toList()));
    }

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        landing.doFilter(request, response, chain);
        if (response.getRedirectedUrl() == null) {
            assertThat(chain.getRequest()).as("passed on").isNotNull();
        }
        return response;
    }
}
