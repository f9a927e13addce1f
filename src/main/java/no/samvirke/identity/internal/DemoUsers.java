package no.samvirke.identity.internal;

import static no.samvirke.identity.Role.ADMIN;
import static no.samvirke.identity.Role.FRONTLINE;
import static no.samvirke.identity.Role.KJERNEGRUPPE;
import static no.samvirke.identity.Role.POLICE_CONTACT;
import static no.samvirke.identity.Role.PRIVACY_OFFICER;
import static no.samvirke.identity.Role.RESOURCE_PERSON;
import static no.samvirke.identity.Role.PST_LIAISON;
import static no.samvirke.identity.Role.SLT_COORDINATOR;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import no.samvirke.identity.Employment;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo users (password {@code demo}) on the embedded default. Never runs under the
 * {@code postgres} profile unless DEMO_USERS=true.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "samvirke.demo-users.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String BAERUM = "3201";
    static final String ASKER = "3203";
    private static final String OSLO_POLICE = "oslo";

    /** The demo users' memberships have been in force since before Samvirke, like the migrated roles (V25). */
    private static final LocalDate SINCE = LocalDate.of(2015, 1, 1);

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoUsers(UserAccountRepository accounts, MembershipRepository memberships, PasswordEncoder encoder,
              Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        municipal("skole", "Siri Skole (lærer)", ServiceUnit.SCHOOL, BAERUM, Set.of(FRONTLINE), Set.of());
        // A resource person on cases in the tests (a RESOURCE_PERSON membership of Bærum).
        municipal("helse", "Hanne Helse (helsesykepleier)", ServiceUnit.HEALTH_STATION, BAERUM,
                Set.of(FRONTLINE, RESOURCE_PERSON), Set.of());
        municipal("slt", "Sverre SLT (SLT-koordinator)", ServiceUnit.SLT, BAERUM,
                Set.of(SLT_COORDINATOR, KJERNEGRUPPE, FRONTLINE), Set.of(BAERUM));
        // Also the SLT coordinator's deputy: an unacknowledged notification handoff escalates to her.
        municipal("kjerne", "Kari Kjerne (barnevern)", ServiceUnit.CHILD_WELFARE, BAERUM,
                Set.of(KJERNEGRUPPE, FRONTLINE, Role.DEPUTY), Set.of(BAERUM));
        save("politi", "Per Politi (forebyggingskontakt)", ServiceUnit.POLICE_PREVENTION, null, OSLO_POLICE,
                Set.of(POLICE_CONTACT, KJERNEGRUPPE), Set.of(BAERUM, ASKER));
        save("pst", "Petra PST (kontaktperson)", ServiceUnit.PST, null, null, Set.of(PST_LIAISON), Set.of());
        municipal("personvern", "Pål Personvern (personvernombud)", ServiceUnit.PRIVACY, BAERUM,
                Set.of(PRIVACY_OFFICER), Set.of());
        // The police's and PST's own privacy officers: they oversee their agency's entries, not the municipality's.
        save("personvern-politi", "Pia Personvern (personvernombud, politiet)", ServiceUnit.POLICE_PREVENTION, null,
                OSLO_POLICE, Set.of(PRIVACY_OFFICER), Set.of());
        save("personvern-pst", "Preben Personvern (personvernombud, PST)", ServiceUnit.PST, null, null,
                Set.of(PRIVACY_OFFICER), Set.of());
        // A Bærum employee outside the kjernegruppe, to be made a resource person on a case (time-limited, after
        // the confidentiality declaration).
        // (Holds a RESOURCE_PERSON membership of Bærum: only such a person may be made one.)
        municipal("nav", "Nora NAV (veileder)", ServiceUnit.NAV, BAERUM, Set.of(FRONTLINE, RESOURCE_PERSON), Set.of());
        municipal("admin", "Ada Admin (driftsansvarlig)", ServiceUnit.ADMINISTRATION, BAERUM, Set.of(ADMIN), Set.of());
        // A second municipality, so that cross-municipality access can be seen to fail.
        municipal("asker-skole", "Aslak Asker (lærer)", ServiceUnit.SCHOOL, ASKER, Set.of(FRONTLINE), Set.of());
        municipal("asker-slt", "Astrid Asker (SLT-koordinator)", ServiceUnit.SLT, ASKER,
                Set.of(SLT_COORDINATOR, KJERNEGRUPPE, FRONTLINE), Set.of(ASKER));
    }

    private void municipal(String username, String name, ServiceUnit service, String municipality,
                           Set<Role> roles, Set<String> kjernegruppe) {
        save(username, name, service, municipality, null, roles, kjernegruppe);
    }

    private void save(String username, String name, ServiceUnit service, String municipality, String district,
                      Set<Role> roles, Set<String> kjernegruppe) {
        if (accounts.existsById(username)) {
            return;
        }
        Instant now = clock.instant();
        accounts.save(UserAccount.local(username, encoder.encode("demo"), name, null,
                new Employment(service, municipality, district), false, now));
        for (Role role : roles) {
            if (role == KJERNEGRUPPE) {
                continue;
            }
            MembershipKind kind = MembershipKind.valueOf(role.name());
            String scope = switch (kind.scope()) {
                case MUNICIPALITY -> municipality;
                case POLICE_DISTRICT -> district;
                case AGENCY -> municipality != null ? municipality : district;
                case NONE -> null;
            };
            memberships.save(new MembershipEntity(username, kind, scope, SINCE, null, false, "demo", now));
        }
        for (String code : kjernegruppe) {
            memberships.save(new MembershipEntity(username, MembershipKind.KJERNEGRUPPE, code, SINCE, null, false,
                    "demo", now));
        }
        log.info("Demo user created: {}", username);
    }
}
