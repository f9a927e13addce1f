package no.samvirke.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ExternalSignIn;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request, after authentication, asks whether the account is still active
 * ({@link ExternalSignIn#refresh}): a deactivated account's session is invalidated and the request
 * refused (pages: {@code /login?deactivated}; API: 401), whether it signed in by form, provider or
 * HTTP Basic. A pending single sign-on session that an administrator has approved since gets the
 * account's access on its next request, and every session's memberships follow the account: a
 * membership ended or granted by an administrator counts from the next request, for form log-in too.
 */
final class AccountCheck extends OncePerRequestFilter {

    private final ExternalSignIn signIn;
    private final AuthenticationEntryPoint refused;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountCheck(ExternalSignIn signIn, AuthenticationEntryPoint refused) {
        this.signIn = signIn;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> now;
        try {
            now = signIn.refresh(authentication.getName());
        } catch (DataAccessException | TransactionException databaseUnreachable) {
            // The database is down: the request goes on to fail at its own first read, where the 503 page
            // ("midlertidig utilgjengelig") answers it. Nothing it could show lives outside the database,
            // so a deactivated account gains nothing in the meantime.
            chain.doFilter(request, response);
            return;
        }
        if (authentication instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof SignedInThroughProvider person) {
            if (person.pending()) {
                now.ifPresent(user -> replace(request, response, token, person.with(user)));
                chain.doFilter(request, response);
                return;
            }
            if (now.isPresent() && !now.get().equals(person.user())) {
                replace(request, response, token, person.with(now.get()));
            }
        } else if (authentication instanceof UsernamePasswordAuthenticationToken local
                && local.getPrincipal() instanceof SamvirkePrincipal person && now.isPresent()
                && !now.get().equals(person.user())) {
            renew(request, response, person.renewedWith(now.get()));
        }
        if (now.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            refused.commence(request, response, new InsufficientAuthenticationException("Account not active"));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A form or Basic sign-in whose memberships changed since: the request runs with the account as it
     * is now, and a session keeps that (a stateless request creates no session).
     */
    private void renew(HttpServletRequest request, HttpServletResponse response, SamvirkePrincipal renewed) {
        if (!(renewed instanceof UserDetails details)) {
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            sessions.saveContext(context, request, response);
        }
    }

    private void replace(HttpServletRequest request, HttpServletResponse response, OAuth2AuthenticationToken old,
                         SignedInThroughProvider person) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(person, person.getAuthorities(),
                old.getAuthorizedClientRegistrationId()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
