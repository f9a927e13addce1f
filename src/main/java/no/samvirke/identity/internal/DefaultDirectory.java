package no.samvirke.identity.internal;

import static no.samvirke.identity.internal.MembershipRules.refused;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import no.samvirke.identity.Account;
import no.samvirke.identity.AccountDeactivated;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Directory;
import no.samvirke.identity.Employment;
import no.samvirke.identity.Membership;
import no.samvirke.identity.MembershipGrant;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.PoliceDistrict;
import no.samvirke.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultDirectory implements Directory {

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");
    private static final Pattern REFERENCE_PREFIX = Pattern.compile("[A-ZÆØÅ]{1,4}");
    private static final Pattern DISTRICT_CODE = Pattern.compile("[a-z0-9-]{2,20}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final MunicipalityRepository municipalities;
    private final PoliceDistrictRepository districts;
    private final MembershipRules rules;
    private final SignedInUsers signedIn;
    private final DefaultUsers users;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultDirectory(UserAccountRepository accounts, MembershipRepository memberships,
                     MunicipalityRepository municipalities, PoliceDistrictRepository districts, MembershipRules rules,
                     SignedInUsers signedIn, DefaultUsers users, PasswordEncoder encoder, JdbcTemplate jdbc,
                     ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.municipalities = municipalities;
        this.districts = districts;
        this.rules = rules;
        this.signedIn = signedIn;
        this.users = users;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PoliceDistrict> policeDistricts() {
        return districts.findAll().stream().map(PoliceDistrictEntity::toRecord)
                .sorted(Comparator.comparing(PoliceDistrict::name)).toList();
    }

    @Override
    public PoliceDistrict addPoliceDistrict(String code, String name, CurrentUser by) {
        administrator(by);
        if (code == null || !DISTRICT_CODE.matcher(code).matches()) {
            throw refused("districtCode");
        }
        requireName(name);
        if (districts.existsById(code)) {
            throw refused("duplicateDistrict");
        }
        return districts.save(new PoliceDistrictEntity(code, name.trim())).toRecord();
    }

    @Override
    public Municipality addMunicipality(Municipality municipality, CurrentUser by) {
        administrator(by);
        if (municipality.code() == null || !MUNICIPALITY_CODE.matcher(municipality.code()).matches()) {
            throw refused("municipalityCode");
        }
        if (municipality.referencePrefix() == null
                || !REFERENCE_PREFIX.matcher(municipality.referencePrefix()).matches()) {
            throw refused("referencePrefix");
        }
        requireName(municipality.name());
        requireDistrict(municipality.policeDistrictCode());
        if (municipalities.existsById(municipality.code())) {
            throw refused("duplicateMunicipality");
        }
        if (municipalities.existsByReferencePrefix(municipality.referencePrefix())) {
            throw refused("duplicatePrefix");
        }
        Municipality saved = municipalities.save(new MunicipalityEntity(new Municipality(municipality.code(),
                municipality.name().trim(), municipality.referencePrefix(), municipality.policeDistrictCode())))
                .toRecord();
        users.forgetMunicipality(saved.code());
        return saved;
    }

    @Override
    public Municipality updateMunicipality(Municipality municipality, CurrentUser by) {
        administrator(by);
        MunicipalityEntity entity = municipalities.findById(municipality.code())
                .orElseThrow(() -> refused("unknownMunicipality"));
        requireName(municipality.name());
        requireDistrict(municipality.policeDistrictCode());
        entity.rename(municipality.name().trim(), municipality.policeDistrictCode());
        users.forgetMunicipality(municipality.code());
        return entity.toRecord();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Account> accounts(Optional<AccountStatus> status) {
        List<UserAccount> found = status.map(accounts::findByStatusOrderByDisplayName)
                .orElseGet(accounts::findAllByOrderByDisplayName);
        return found.stream().map(UserAccount::toAccount).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> account(String username) {
        return accounts.findById(username).map(UserAccount::toAccount);
    }

    @Override
    public CreatedLocalAccount createLocalAccount(String username, String displayName, String email,
                                                  Employment employment, CurrentUser by) {
        administrator(by);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw refused("username");
        }
        if (username.equals(by.username())) {
            throw new SelfAdministrationException();
        }
        requireName(displayName);
        requireEmployment(employment);
        if (accounts.existsById(username)) {
            throw refused("duplicateUsername");
        }
        String password = oneTimePassword();
        UserAccount account = accounts.save(UserAccount.local(username, encoder.encode(password), displayName.trim(),
                blankToNull(email), employment, true, clock.instant()));
        return new CreatedLocalAccount(account.toAccount(), password);
    }

    @Override
    public Account approve(String username, Employment employment, CurrentUser by) {
        UserAccount account = changeable(username, by);
        if (account.status() != AccountStatus.PENDING) {
            throw refused("notPending");
        }
        requireEmployment(employment);
        account.employ(employment);
        account.status(AccountStatus.ACTIVE);
        LocalDate today = signedIn.today();
        for (MembershipEntity m : memberships.findByUsername(username)) {
            if (!m.proposed()) {
                continue;
            }
            try {
                rules.check(employment, new MembershipGrant(m.kind(), m.scopeCode(), m.validFrom(), m.validTo()));
                m.confirm(today, by.username(), clock.instant());
            } catch (IllegalArgumentException doesNotFitTheEmployment) {
                // A proposal from the group claims that does not fit the approved employment is not granted.
                memberships.delete(m);
            }
        }
        signedIn.changed(username);
        return account.toAccount();
    }

    @Override
    public Account deactivate(String username, CurrentUser by) {
        UserAccount account = changeable(username, by);
        account.status(AccountStatus.DEACTIVATED);
        // Spring Session JDBC: the attributes go with the session (on delete cascade).
        jdbc.update("delete from spring_session where principal_name = ?", username);
        signedIn.changed(username);
        events.publishEvent(new AccountDeactivated(username));
        return account.toAccount();
    }

    @Override
    public Account reactivate(String username, CurrentUser by) {
        UserAccount account = changeable(username, by);
        if (account.status() != AccountStatus.DEACTIVATED) {
            throw refused("notDeactivated");
        }
        account.status(AccountStatus.ACTIVE);
        signedIn.changed(username);
        return account.toAccount();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Membership> memberships(String username) {
        return memberships.findByUsername(username).stream().map(MembershipEntity::toRecord)
                .sorted(Comparator.comparing(Membership::validFrom).thenComparing(m -> m.kind().name())).toList();
    }

    @Override
    public Membership grant(String username, MembershipGrant grant, CurrentUser by) {
        UserAccount account = changeable(username, by);
        MembershipGrant checked = rules.check(account.employment(), grant);
        LocalDate today = signedIn.today();
        if (checked.validTo() != null && checked.validTo().isBefore(today)) {
            throw refused("period");
        }
        MembershipEntity saved = memberships.save(new MembershipEntity(username, checked.kind(), checked.scopeCode(),
                checked.validFrom(), checked.validTo(), false, by.username(), clock.instant()));
        signedIn.changed(username);
        return saved.toRecord();
    }

    @Override
    public Membership end(UUID membershipId, LocalDate lastDay, CurrentUser by) {
        MembershipEntity membership = memberships.findById(membershipId)
                .orElseThrow(() -> refused("unknownMembership"));
        changeable(membership.username(), by);
        LocalDate today = signedIn.today();
        if (lastDay == null || lastDay.isBefore(today)) {
            throw refused("endInPast");
        }
        if (membership.validTo() != null && membership.validTo().isBefore(today)) {
            throw refused("alreadyEnded");
        }
        if (lastDay.isBefore(membership.validFrom())) {
            // A membership that has not begun ends before it does: it never comes into force.
            lastDay = membership.validFrom().minusDays(1);
        }
        membership.endOn(lastDay);
        signedIn.changed(membership.username());
        return membership.toRecord();
    }

    /** The account, if {@code by} is an administrator (as of now, not as of their sign-in) and not its owner. */
    private UserAccount changeable(String username, CurrentUser by) {
        administrator(by);
        if (by.username().equals(username)) {
            throw new SelfAdministrationException();
        }
        return accounts.findById(username).orElseThrow(() -> refused("unknownAccount"));
    }

    private void administrator(CurrentUser by) {
        boolean admin = by != null && signedIn.active(by.username()).map(u -> u.hasRole(Role.ADMIN)).orElse(false);
        if (!admin) {
            throw new AccessDeniedException("Not an administrator");
        }
    }

    private void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw refused("name");
        }
    }

    private void requireDistrict(String code) {
        if (code == null || !districts.existsById(code)) {
            throw refused("unknownDistrict");
        }
    }

    /** A municipal employee works in a municipality, police staff in a district, PST in neither. */
    private void requireEmployment(Employment employment) {
        if (employment == null || employment.service() == null) {
            throw refused("noEmployment");
        }
        switch (employment.service().agency()) {
            case MUNICIPALITY -> {
                if (employment.municipalityCode() == null || !municipalities.existsById(employment.municipalityCode())
                        || employment.policeDistrictCode() != null) {
                    throw refused("employment");
                }
            }
            case POLICE -> {
                if (employment.policeDistrictCode() == null || !districts.existsById(employment.policeDistrictCode())
                        || employment.municipalityCode() != null) {
                    throw refused("employment");
                }
            }
            case PST -> {
                if (employment.municipalityCode() != null || employment.policeDistrictCode() != null) {
                    throw refused("employment");
                }
            }
        }
    }

    /** 16 characters of 57: about 93 bits, from SecureRandom; without look-alikes (0/O, 1/l/I). */
    static String oneTimePassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
