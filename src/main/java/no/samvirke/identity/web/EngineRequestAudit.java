package no.samvirke.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samvirke.identity.EngineAccessLog;
import no.samvirke.identity.Users;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the two Camunda chains, after authentication and around the allow-list: records each
 * request of a signed-in user with its method, path (no query string) and final status, allowed
 * or refused. Cockpit's own scripts, styles and pages are recorded only when refused.
 * Unauthenticated requests are answered 401/redirect and not recorded (nobody to name).
 */
class EngineRequestAudit extends OncePerRequestFilter {

    private final EngineAccessLog log;
    private final Users users;

    EngineRequestAudit(EngineAccessLog log, Users users) {
        this.log = log;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            int status = response.getStatus();
            if (signedIn(authentication) && (isApi(path) || status >= 400)) {
                users.find(authentication.getName())
                        .ifPresent(user -> log.record(user, request.getMethod(), path, status));
            }
        }
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static boolean isApi(String path) {
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }
}
