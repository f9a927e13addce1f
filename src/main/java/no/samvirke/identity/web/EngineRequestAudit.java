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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
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
                users.find(authentication.getName()).ifPresent(user -> inThisRequest(request, response,
                        () -> log.record(user, request.getMethod(), path, status)));
            }
        }
    }

    /**
     * Spring's request context is set only after the security filters (it comes with Jersey's
     * filter order), yet the audit takes the client's address from it: without this, engine
     * operations were recorded with no address (ADR 0022).
     */
    private static void inThisRequest(HttpServletRequest request, HttpServletResponse response, Runnable record) {
        RequestAttributes outer = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        try {
            record.run();
        } finally {
            RequestContextHolder.setRequestAttributes(outer);
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
