package fi.pyykkinaru.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A login lands on the staff console ({@code /staff}), which a reviewer who is no staff member may not see: such
 * a reviewer lands on the call's review board instead of a refusal. Runs after Spring Security has read the login.
 */
@Component
class ReviewerLanding extends OncePerRequestFilter {

    static final String BOARD = "/staff/call";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && (path.equals("/staff") || path.equals("/staff/"))
                && reviewerOnly(SecurityContextHolder.getContext().getAuthentication())) {
            response.sendRedirect(request.getContextPath() + BOARD);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean reviewerOnly(@Nullable Authentication who) {
        if (who == null || !who.isAuthenticated()) {
            return false;
        }
        Set<String> roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return roles.contains("ROLE_" + Role.REVIEWER) && !roles.contains("ROLE_" + Role.STAFF);
    }
}
