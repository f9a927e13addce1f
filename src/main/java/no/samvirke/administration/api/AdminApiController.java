package no.samvirke.administration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.administration.internal.AdminChanges;
import no.samvirke.administration.internal.Administrators;
import no.samvirke.identity.Account;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.Directory;
import no.samvirke.identity.Employment;
import no.samvirke.identity.Membership;
import no.samvirke.identity.MembershipGrant;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.PoliceDistrict;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration over JSON, for administrators alone (everyone else 403): police districts,
 * municipalities, accounts and memberships. 400 for invalid input, 403 for a change to one's own
 * account, 404 for an unknown target, 409 for a duplicate. Nothing here carries case contents.
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminApiController {

    private final Administrators administrators;
    private final AdminChanges changes;
    private final Directory directory;
    private final Users users;
    private final MessageSource messages;

    AdminApiController(Administrators administrators, AdminChanges changes, Directory directory, Users users,
                       MessageSource messages) {
        this.administrators = administrators;
        this.changes = changes;
        this.directory = directory;
        this.users = users;
        this.messages = messages;
    }

    record NewPoliceDistrict(String code, String name) {
    }

    /** {@code planId}: the loaded action plan the municipality follows (optional). */
    record MunicipalityBody(String code, String name, String referencePrefix, String policeDistrictCode,
                            String planId) {
    }

    record NewLocalAccount(String username, String displayName, String email, ServiceUnit service,
                           String municipalityCode, String policeDistrictCode) {
    }

    /** The one-time password is in this response only. */
    record CreatedLocalAccount(Account account, String oneTimePassword) {
    }

    record Approval(ServiceUnit service, String municipalityCode, String policeDistrictCode) {
    }

    record MembershipEnd(LocalDate lastDay) {
    }

    @GetMapping("/police-districts")
    List<PoliceDistrict> policeDistricts() {
        administrators.require();
        return directory.policeDistricts();
    }

    @PostMapping("/police-districts")
    @ResponseStatus(HttpStatus.CREATED)
    PoliceDistrict addPoliceDistrict(@RequestBody NewPoliceDistrict body) {
        var admin = administrators.require();
        require(body != null, "body");
        return changes.addPoliceDistrict(body.code(), body.name(), admin);
    }

    @GetMapping("/municipalities")
    List<Municipality> municipalities() {
        administrators.require();
        return users.municipalities();
    }

    @PostMapping("/municipalities")
    @ResponseStatus(HttpStatus.CREATED)
    Municipality addMunicipality(@RequestBody MunicipalityBody body) {
        var admin = administrators.require();
        require(body != null, "body");
        return changes.addMunicipality(new Municipality(body.code(), body.name(), body.referencePrefix(),
                body.policeDistrictCode()), blankToNull(body.planId()), admin);
    }

    @PutMapping("/municipalities/{code}")
    Municipality updateMunicipality(@PathVariable String code, @RequestBody MunicipalityBody body) {
        var admin = administrators.require();
        require(body != null, "body");
        Municipality before = users.municipalities().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("municipality"));
        return changes.updateMunicipality(new Municipality(code, body.name(), before.referencePrefix(),
                body.policeDistrictCode()), admin);
    }

    @GetMapping("/accounts")
    List<Account> accounts(@RequestParam(required = false) AccountStatus status) {
        administrators.require();
        return directory.accounts(Optional.ofNullable(status));
    }

    @GetMapping("/accounts/{username}")
    Account account(@PathVariable String username) {
        administrators.require();
        return changes.existing(username);
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedLocalAccount createLocalAccount(@RequestBody NewLocalAccount body) {
        var admin = administrators.require();
        require(body != null && body.service() != null, "service");
        Directory.CreatedLocalAccount created = changes.createLocalAccount(body.username(), body.displayName(),
                body.email(), new Employment(body.service(), blankToNull(body.municipalityCode()),
                        blankToNull(body.policeDistrictCode())), admin);
        return new CreatedLocalAccount(created.account(), created.oneTimePassword());
    }

    @PostMapping("/accounts/{username}/approve")
    Account approve(@PathVariable String username, @RequestBody Approval body) {
        var admin = administrators.require();
        require(body != null && body.service() != null, "service");
        return changes.approve(username, new Employment(body.service(), blankToNull(body.municipalityCode()),
                blankToNull(body.policeDistrictCode())), admin);
    }

    @PostMapping("/accounts/{username}/deactivate")
    Account deactivate(@PathVariable String username) {
        return changes.deactivate(username, administrators.require());
    }

    @PostMapping("/accounts/{username}/reactivate")
    Account reactivate(@PathVariable String username) {
        return changes.reactivate(username, administrators.require());
    }

    @GetMapping("/accounts/{username}/memberships")
    List<Membership> memberships(@PathVariable String username) {
        administrators.require();
        changes.existing(username);
        return directory.memberships(username);
    }

    @PostMapping("/accounts/{username}/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    Membership grant(@PathVariable String username, @RequestBody MembershipGrant body) {
        var admin = administrators.require();
        require(body != null && body.kind() != null, "kind");
        require(body.validFrom() != null, "validFrom");
        MembershipGrant grant = new MembershipGrant(body.kind(), body.kind().scope() == MembershipKind.Scope.NONE
                ? null : blankToNull(body.scopeCode()), body.validFrom(), body.validTo());
        return changes.grant(username, grant, admin);
    }

    @PostMapping("/memberships/{id}/end")
    Membership end(@PathVariable UUID id, @RequestBody MembershipEnd body) {
        var admin = administrators.require();
        require(body != null && body.lastDay() != null, "lastDay");
        return changes.end(id, body.lastDay(), admin);
    }

    /** Nobody administers themselves: 403, saying so in the user's language. */
    @ExceptionHandler(Directory.SelfAdministrationException.class)
    ProblemDetail self(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("admin.error.self", null, locale));
        problem.setTitle(messages.getMessage("problem.forbidden.title", null, locale));
        return problem;
    }

    /** The directory's refusal of invalid input: its message is a key of the admin bundle. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e, Locale locale) {
        String text = messages.getMessage(key(e), null, messages.getMessage("admin.error.invalid", null, locale),
                locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.invalid", null, locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setProperty("errors", List.of(Map.of("field", "body", "message", text)));
        return problem;
    }

    /** A state the change does not fit (e.g. approving an account that is not pending): 409. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(key(e), null, messages.getMessage("admin.error.state", null, locale), locale));
        problem.setTitle(messages.getMessage("problem.conflict.title", null, locale));
        return problem;
    }

    static String key(RuntimeException e) {
        return e.getMessage() != null && e.getMessage().startsWith("admin.") ? e.getMessage() : "admin.error.invalid";
    }

    private static void require(boolean ok, String field) {
        if (!ok) {
            throw InvalidInputException.of(field, "admin.error.required");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
