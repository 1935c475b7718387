package fi.pyykkinaru.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ScreenCookieTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final VaadinSession session = session(attributes);
    private final VaadinRequest request = mock(VaadinRequest.class);
    private final VaadinResponse response = mock(VaadinResponse.class);

    @Test
    void a_new_browser_gets_its_screen_cookie_on_its_first_answer() {
        ThisStand.greet(session, request, response);

        ArgumentCaptor<Cookie> set = ArgumentCaptor.forClass(Cookie.class);
        verify(response).addCookie(set.capture());
        Cookie cookie = set.getValue();
        assertThat(cookie.getName()).isEqualTo("pyk-screen");
        assertThat(cookie.getValue()).matches("[0-9a-f]{48}");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(Duration.ofSeconds(cookie.getMaxAge())).isEqualTo(Duration.ofDays(400));
        assertThat(attributes).containsValue(cookie.getValue());
    }

    @Test
    void a_browser_that_sends_its_cookie_is_the_screen_it_names_and_gets_no_new_one() {
        String secret = Screens.newToken();
        when(request.getCookies()).thenReturn(new Cookie[] {new Cookie("JSESSIONID", "x"), new Cookie("pyk-screen", secret)});

        ThisStand.greet(session, request, response);

        verify(response, never()).addCookie(any());
        assertThat(attributes).containsValue(secret);
    }

    @Test
    void a_made_up_cookie_value_is_not_taken_for_a_screen() {
        when(request.getCookies()).thenReturn(new Cookie[] {new Cookie("pyk-screen", "<script>")});

        ThisStand.greet(session, request, response);

        verify(response).addCookie(any());
        assertThat(attributes).doesNotContainValue("<script>");
    }

    private static VaadinSession session(Map<String, Object> attributes) {
        VaadinSession session = mock(VaadinSession.class);
        when(session.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1))).when(session)
                .setAttribute(anyString(), any());
        return session;
    }
}
