package no.samvirke.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    private String username;
    private String passwordHash;
    private String displayName;
    @Enumerated(EnumType.STRING)
    private no.samvirke.identity.Agency agency;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_unit")
    private ServiceUnit service;
    private String municipalityCode;
    private String policeDistrictCode;
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kjernegruppe_member", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "municipality_code")
    private Set<String> kjernegruppeMunicipalities = new HashSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, ServiceUnit service,
                String municipalityCode, String policeDistrictCode, Set<Role> roles, Set<String> kjernegruppe) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.service = service;
        this.agency = service.agency();
        this.municipalityCode = municipalityCode;
        this.policeDistrictCode = policeDistrictCode;
        this.enabled = true;
        this.roles = new HashSet<>(roles);
        this.kjernegruppeMunicipalities = new HashSet<>(kjernegruppe);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(username, displayName, service, municipalityCode, policeDistrictCode,
                roles, kjernegruppeMunicipalities);
    }
}
