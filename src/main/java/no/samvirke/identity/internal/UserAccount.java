package no.samvirke.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import no.samvirke.identity.Account;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Employment;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;

/**
 * A person's account: local (a password hash) or linked to an external identity (provider and
 * external id). What the person may do is in their memberships ({@link MembershipEntity}), not here.
 */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    private String username;
    private String passwordHash;
    private String displayName;
    private String email;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @Enumerated(EnumType.STRING)
    private Agency agency;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_unit")
    private ServiceUnit service;
    private String municipalityCode;
    private String policeDistrictCode;
    private String provider;
    private String externalId;
    private Instant createdAt;
    private Instant lastSignInAt;
    private boolean passwordChangeRequired;

    protected UserAccount() {
    }

    private UserAccount(String username, String displayName, String email, AccountStatus status, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.status = status;
        this.createdAt = now;
    }

    /** A local account, active at once. */
    static UserAccount local(String username, String passwordHash, String displayName, String email,
                             Employment employment, boolean mustChangePassword, Instant now) {
        UserAccount account = new UserAccount(username, displayName, email, AccountStatus.ACTIVE, now);
        account.passwordHash = passwordHash;
        account.passwordChangeRequired = mustChangePassword;
        account.employ(employment);
        return account;
    }

    /** An account linked to an external identity: pending on a first sign-in, active for a bootstrap admin. */
    static UserAccount external(String username, String provider, String externalId, String displayName,
                                String email, Employment employment, AccountStatus status, Instant now) {
        UserAccount account = new UserAccount(username, displayName, email, status, now);
        account.provider = provider;
        account.externalId = externalId;
        account.employ(employment);
        return account;
    }

    void employ(Employment employment) {
        if (employment == null) {
            return;
        }
        this.service = employment.service();
        this.agency = employment.service() == null ? null : employment.service().agency();
        this.municipalityCode = employment.municipalityCode();
        this.policeDistrictCode = employment.policeDistrictCode();
    }

    void signedIn(String displayName, String email, Instant now) {
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName;
        }
        if (email != null && !email.isBlank()) {
            this.email = email;
        }
        this.lastSignInAt = now;
    }

    void status(AccountStatus status) {
        this.status = status;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    AccountStatus status() {
        return status;
    }

    boolean active() {
        return status == AccountStatus.ACTIVE;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Null while nothing is known of where the person works. */
    Employment employment() {
        return service == null ? null : new Employment(service, municipalityCode, policeDistrictCode);
    }

    Account toAccount() {
        return new Account(username, displayName, email, status, employment(), provider, passwordHash != null,
                createdAt, lastSignInAt);
    }

    /**
     * The user as the rest of Samvirke sees them: roles of the memberships in force on {@code day},
     * kjernegruppe municipalities from the KJERNEGRUPPE memberships. Null without an employment.
     */
    CurrentUser toCurrentUser(Collection<MembershipEntity> memberships, LocalDate day) {
        if (service == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> kjernegruppe = new HashSet<>();
        for (MembershipEntity m : memberships) {
            if (!m.activeOn(day)) {
                continue;
            }
            roles.add(m.kind().role());
            if (m.kind() == MembershipKind.KJERNEGRUPPE && m.scopeCode() != null) {
                kjernegruppe.add(m.scopeCode());
            }
        }
        return new CurrentUser(username, displayName, service, municipalityCode, policeDistrictCode, roles,
                kjernegruppe);
    }
}
