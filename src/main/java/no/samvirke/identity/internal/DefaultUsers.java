package no.samvirke.identity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.Role;
import no.samvirke.identity.web.SamvirkePrincipal;
import no.samvirke.identity.UnknownMunicipalityException;
import no.samvirke.identity.Users;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultUsers implements Users, UserDetailsService {

    private final UserAccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final Map<String, Municipality> knownMunicipalities = new ConcurrentHashMap<>();

    DefaultUsers(UserAccountRepository accounts, MunicipalityRepository municipalities) {
        this.accounts = accounts;
        this.municipalities = municipalities;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findById(username)
                .map(a -> new SamvirkeUserDetails(a.toCurrentUser(), a.passwordHash(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }

    /** From the signed-in principal: no database, and no transaction opened for nothing. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SamvirkePrincipal principal && principal.user() != null) {
            return principal.user();
        }
        throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }

    @Override
    public Optional<CurrentUser> find(String username) {
        return accounts.findById(username).map(UserAccount::toCurrentUser);
    }

    /**
     * Municipalities are reference data, added by migrations: each one is read once and then
     * remembered (every registration asks, and the lookup cost more than the counter it guards).
     * An unknown code is never remembered, so a municipality added later is found.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Municipality municipality(String code) {
        Municipality known = knownMunicipalities.get(code);
        if (known != null) {
            return known;
        }
        Municipality found = municipalities.findById(code).map(MunicipalityEntity::toRecord)
                .orElseThrow(() -> new UnknownMunicipalityException(code));
        knownMunicipalities.put(code, found);
        return found;
    }

    @Override
    public List<String> administrators() {
        return accounts.findUsernamesWithRole(Role.ADMIN);
    }

    @Override
    public List<Municipality> municipalities() {
        return municipalities.findAll().stream().map(MunicipalityEntity::toRecord)
                .sorted(Comparator.comparing(Municipality::name)).toList();
    }
}
