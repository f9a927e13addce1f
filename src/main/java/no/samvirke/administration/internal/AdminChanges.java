package no.samvirke.administration.internal;

import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditAppender;
import no.samvirke.audit.AuditRecord;
import no.samvirke.catalogue.Plans;
import no.samvirke.identity.Account;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Directory;
import no.samvirke.identity.Employment;
import no.samvirke.identity.Membership;
import no.samvirke.identity.MembershipGrant;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.PoliceDistrict;
import no.samvirke.identity.Users;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every administrator's change: the directory's change and its audit entry in one transaction, so a
 * refused or failed change writes no entry. The entry names who, the kind of change (an {@code ADM_*}
 * action) and the target account or municipality code; never a password, a name or an e-mail.
 * Duplicates are a {@link ConflictException}, unknown targets a {@link NotFoundException}; nobody
 * changes their own account ({@link Directory.SelfAdministrationException}).
 */
@Component
public class AdminChanges {

    private static final String BASIS = "administration";

    private final Directory directory;
    private final Plans plans;
    private final AuditAppender audit;
    private final Users users;

    AdminChanges(Directory directory, Plans plans, AuditAppender audit, Users users) {
        this.users = users;
        this.directory = directory;
        this.plans = plans;
        this.audit = audit;
    }

    @Transactional
    public PoliceDistrict addPoliceDistrict(String code, String name, CurrentUser by) {
        PoliceDistrict added = translated(() -> directory.addPoliceDistrict(code, name, by));
        record(by, AuditAction.ADM_DISTR, "policeDistrict=" + added.code(), "add a police district", null, null);
        return added;
    }

    /** A new municipality, and (when {@code planId} is given) the action plan it follows at once. */
    @Transactional
    public Municipality addMunicipality(Municipality municipality, String planId, CurrentUser by) {
        if (planId != null && plans.find(planId).isEmpty()) {
            throw new IllegalArgumentException("admin.error.unknownPlan");
        }
        Municipality added = translated(() -> directory.addMunicipality(municipality, by));
        record(by, AuditAction.ADM_MUNADD, "municipality=" + added.code(), "add a municipality", null,
                "district=" + added.policeDistrictCode() + ";prefix=" + added.referencePrefix());
        if (planId != null) {
            String copy = plans.adopt(planId, added.code());
            record(by, AuditAction.ADM_PLAN, "municipality=" + added.code(), "the municipality takes up a plan",
                    null, "plan=" + copy + ";from=" + planId);
        }
        return added;
    }

    @Transactional
    public Municipality updateMunicipality(Municipality municipality, CurrentUser by) {
        Municipality before = users.municipalities().stream().filter(m -> m.code().equals(municipality.code()))
                .findFirst().orElseThrow(() -> new NotFoundException("municipality"));
        Municipality updated = translated(() -> directory.updateMunicipality(municipality, by));
        record(by, AuditAction.ADM_MUNUPD, "municipality=" + updated.code(), "change a municipality",
                "district=" + before.policeDistrictCode(), "district=" + updated.policeDistrictCode());
        return updated;
    }

    @Transactional
    public Directory.CreatedLocalAccount createLocalAccount(String username, String displayName, String email,
                                                            Employment employment, CurrentUser by) {
        notSelf(username, by);
        Directory.CreatedLocalAccount created = translated(() -> directory.createLocalAccount(username, displayName,
                email, employment, by));
        record(by, AuditAction.ADM_LOCAL, "account=" + created.account().username(), "create a local account",
                null, employment(employment));
        return created;
    }

    @Transactional
    public Account approve(String username, Employment employment, CurrentUser by) {
        notSelf(username, by);
        existing(username);
        Account approved = translated(() -> directory.approve(username, employment, by));
        record(by, AuditAction.ADM_APPROV, "account=" + username, "approve an account", "status=PENDING",
                "status=" + approved.status() + ";" + employment(employment));
        return approved;
    }

    @Transactional
    public Account deactivate(String username, CurrentUser by) {
        notSelf(username, by);
        Account before = existing(username);
        Account after = translated(() -> directory.deactivate(username, by));
        record(by, AuditAction.ADM_DEACT, "account=" + username, "deactivate an account",
                "status=" + before.status(), "status=" + after.status());
        return after;
    }

    @Transactional
    public Account reactivate(String username, CurrentUser by) {
        notSelf(username, by);
        Account before = existing(username);
        Account after = translated(() -> directory.reactivate(username, by));
        record(by, AuditAction.ADM_REACT, "account=" + username, "reactivate an account",
                "status=" + before.status(), "status=" + after.status());
        return after;
    }

    @Transactional
    public Membership grant(String username, MembershipGrant grant, CurrentUser by) {
        notSelf(username, by);
        existing(username);
        Membership granted = translated(() -> directory.grant(username, grant, by));
        record(by, AuditAction.ADM_GRANT, "account=" + username + ";membership=" + granted.id(),
                "grant a membership", null, "kind=" + granted.kind() + ";scope=" + granted.scopeCode()
                        + ";from=" + granted.validFrom() + ";to=" + granted.validTo());
        return granted;
    }

    @Transactional
    public Membership end(UUID membershipId, LocalDate lastDay, CurrentUser by) {
        Membership ended = translated(() -> directory.end(membershipId, lastDay, by));
        record(by, AuditAction.ADM_END, "account=" + ended.username() + ";membership=" + ended.id(),
                "end a membership", null, "to=" + ended.validTo());
        return ended;
    }

    /** The account, or 404. */
    public Account existing(String username) {
        return directory.account(username).orElseThrow(() -> new NotFoundException("account"));
    }

    /**
     * The directory's refusals are {@link IllegalArgumentException}s with an {@code admin.error.*} key:
     * a duplicate or a change the account's state does not allow is a conflict (409), an unknown
     * account or membership is not found (404); the rest stay invalid input (400).
     */
    static <T> T translated(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            String key = String.valueOf(e.getMessage());
            if (key.startsWith("admin.error.duplicate") || CONFLICTS.contains(key)) {
                throw new ConflictException(key);
            }
            if (key.equals("admin.error.unknownAccount") || key.equals("admin.error.unknownMembership")) {
                throw new NotFoundException(key);
            }
            throw e;
        }
    }

    private static final java.util.Set<String> CONFLICTS = java.util.Set.of("admin.error.notPending",
            "admin.error.notDeactivated", "admin.error.alreadyEnded");

    private static void notSelf(String username, CurrentUser by) {
        if (by.username().equals(username)) {
            throw new Directory.SelfAdministrationException();
        }
    }

    private static String employment(Employment e) {
        return e == null ? "employment=none" : "service=" + e.service() + ";municipality=" + e.municipalityCode()
                + ";policeDistrict=" + e.policeDistrictCode();
    }

    private void record(CurrentUser by, AuditAction action, String items, String purpose, String before,
                        String after) {
        audit.appendInCurrentTransaction(new AuditRecord(by.username(), by.agency().name(), null, action, items,
                BASIS, purpose, before, after));
    }
}
