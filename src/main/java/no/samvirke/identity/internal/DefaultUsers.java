package no.samvirke.identity.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.MembershipKind;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional(readOnly = true)
class DefaultUsers implements Users, UserDetailsService {

    private final UserAccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final MembershipRepository memberships;
    private final SignedInUsers signedIn;
    private final Map<String, Municipality> knownMunicipalities = new ConcurrentHashMap<>();

    DefaultUsers(UserAccountRepository accounts, MunicipalityRepository municipalities,
                 MembershipRepository memberships, SignedInUsers signedIn) {
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.memberships = memberships;
        this.signedIn = signedIn;
    }

    /** Local passwords only: an account from single sign-on has no password hash and is not found here. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findById(username)
                .filter(a -> a.passwordHash() != null)
                .flatMap(a -> Optional.ofNullable(signedIn.user(a))
                        .map(user -> new SamvirkeUserDetails(user, a.passwordHash(), a.active())))
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }

    /** From the signed-in principal: no database, and no transaction opened for nothing. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SamvirkeUserDetails details) {
            return details.user();
        }
        throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }

    @Override
    public Optional<CurrentUser> find(String username) {
        return signedIn.anyStatus(username);
    }

    /**
     * Municipalities are reference data, added by administrators (Directory): each one is read once
     * and then remembered (every registration asks, and the lookup cost more than the counter it
     * guards). An unknown code is never remembered, and an added or changed one is forgotten at once
     * ({@link #forgetMunicipality}).
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

    void forgetMunicipality(String code) {
        knownMunicipalities.remove(code);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    knownMunicipalities.remove(code);
                }
            });
        }
    }

    /** Active accounts with an ADMIN membership in force today. */
    @Override
    public List<String> administrators() {
        LocalDate today = signedIn.today();
        return memberships.findByKindAndProposedFalse(MembershipKind.ADMIN).stream()
                .filter(m -> m.activeOn(today)).map(MembershipEntity::username).distinct()
                .filter(u -> accounts.findById(u).map(UserAccount::active).orElse(false))
                .sorted().toList();
    }

    @Override
    public List<Municipality> municipalities() {
        return municipalities.findAll().stream().map(MunicipalityEntity::toRecord)
                .sorted(Comparator.comparing(Municipality::name)).toList();
    }
}
