package no.samvirke.administration.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.administration.internal.AdminChanges;
import no.samvirke.administration.internal.Administrators;
import no.samvirke.identity.Account;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Directory;
import no.samvirke.identity.Employment;
import no.samvirke.identity.Membership;
import no.samvirke.identity.MembershipGrant;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts: the list by status (pending first), one person's page (approve, deactivate and reactivate
 * after a confirmation, memberships granted and ended) and a new local account, whose one-time password
 * is shown on the response page only.
 */
@Controller
class AdminAccountsController {

    private static final String USER = "admin/bruker";

    private final Administrators administrators;
    private final AdminChanges changes;
    private final Directory directory;
    private final Users users;
    private final AdminFailures failures;
    private final Clock clock;

    AdminAccountsController(Administrators administrators, AdminChanges changes, Directory directory, Users users,
                            AdminFailures failures, Clock clock) {
        this.administrators = administrators;
        this.changes = changes;
        this.directory = directory;
        this.users = users;
        this.failures = failures;
        this.clock = clock;
    }

    @GetMapping("/admin/brukere")
    String accounts(Model model) {
        administrators.require();
        Map<AccountStatus, List<Account>> byStatus = new LinkedHashMap<>();
        for (AccountStatus status : AccountStatus.values()) {
            byStatus.put(status, directory.accounts(Optional.of(status)));
        }
        model.addAttribute("byStatus", byStatus);
        return "admin/brukere";
    }

    @GetMapping("/admin/brukere/ny")
    String newAccount(Model model) {
        administrators.require();
        return newAccountPage(model);
    }

    @PostMapping("/admin/brukere/ny")
    String createAccount(@RequestParam(defaultValue = "") String username,
                         @RequestParam(defaultValue = "") String displayName,
                         @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String service,
                         @RequestParam(defaultValue = "") String municipalityCode,
                         @RequestParam(defaultValue = "") String policeDistrictCode, Model model,
                         HttpServletResponse response, Locale locale) {
        CurrentUser admin = administrators.require();
        try {
            Directory.CreatedLocalAccount created = changes.createLocalAccount(username.trim(), displayName.trim(),
                    email.trim(), employment(service, municipalityCode, policeDistrictCode), admin);
            // On this response only: never in a redirect, a flash attribute or a log line.
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("created", created);
            return "admin/ny-bruker-opprettet";
        } catch (RuntimeException e) {
            if (!failures.show(e, "username", model, response, locale)) {
                throw e;
            }
            model.addAttribute("formInput", Map.of("username", username, "displayName", displayName,
                    "email", email, "service", service, "municipalityCode", municipalityCode,
                    "policeDistrictCode", policeDistrictCode));
            return newAccountPage(model);
        }
    }

    @GetMapping("/admin/brukere/{username}")
    String account(@PathVariable String username, Model model) {
        administrators.require();
        return userPage(username, model);
    }

    @PostMapping("/admin/brukere/{username}/godkjenn")
    String approve(@PathVariable String username, @RequestParam(defaultValue = "") String service,
                   @RequestParam(defaultValue = "") String municipalityCode,
                   @RequestParam(defaultValue = "") String policeDistrictCode, Model model,
                   HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        CurrentUser admin = administrators.require();
        try {
            changes.approve(username, employment(service, municipalityCode, policeDistrictCode), admin);
        } catch (RuntimeException e) {
            return refused(e, "service", username, model, response, locale);
        }
        redirect.addFlashAttribute("done", "admin.done.approved");
        return "redirect:/admin/brukere/" + username;
    }

    /** Asks first: deactivating or reactivating someone takes effect on their next request. */
    @GetMapping("/admin/brukere/{username}/{change:deaktiver|aktiver}")
    String confirm(@PathVariable String username, @PathVariable String change, Model model) {
        administrators.require();
        model.addAttribute("account", changes.existing(username)).addAttribute("change", change);
        return "admin/bekreft";
    }

    @PostMapping("/admin/brukere/{username}/{change:deaktiver|aktiver}")
    String deactivateOrReactivate(@PathVariable String username, @PathVariable String change, Model model,
                                  HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        CurrentUser admin = administrators.require();
        try {
            if (change.equals("deaktiver")) {
                changes.deactivate(username, admin);
            } else {
                changes.reactivate(username, admin);
            }
        } catch (RuntimeException e) {
            return refused(e, "status", username, model, response, locale);
        }
        redirect.addFlashAttribute("done", change.equals("deaktiver") ? "admin.done.deactivated"
                : "admin.done.reactivated");
        return "redirect:/admin/brukere/" + username;
    }

    @PostMapping("/admin/brukere/{username}/medlemskap")
    String grant(@PathVariable String username, @RequestParam(defaultValue = "") String kind,
                 @RequestParam(defaultValue = "") String scopeCode, @RequestParam(defaultValue = "") String validFrom,
                 @RequestParam(defaultValue = "") String validTo, Model model, HttpServletResponse response,
                 Locale locale, RedirectAttributes redirect) {
        CurrentUser admin = administrators.require();
        try {
            MembershipKind k = parseKind(kind);
            changes.grant(username, new MembershipGrant(k, k.scope() == MembershipKind.Scope.NONE || scopeCode.isBlank()
                    ? null : scopeCode, date("validFrom", validFrom, true), date("validTo", validTo, false)), admin);
        } catch (RuntimeException e) {
            model.addAttribute("formInput", Map.of("kind", kind, "scopeCode", scopeCode, "validFrom", validFrom,
                    "validTo", validTo));
            return refused(e, "kind", username, model, response, locale);
        }
        redirect.addFlashAttribute("done", "admin.done.granted");
        return "redirect:/admin/brukere/" + username;
    }

    @PostMapping("/admin/brukere/{username}/medlemskap/{id}/avslutt")
    String end(@PathVariable String username, @PathVariable UUID id, @RequestParam(defaultValue = "") String lastDay,
               Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        CurrentUser admin = administrators.require();
        try {
            if (directory.memberships(username).stream().noneMatch(m -> m.id().equals(id))) {
                throw new no.samvirke.platform.NotFoundException("membership");
            }
            changes.end(id, date("lastDay-" + id, lastDay, true), admin);
        } catch (RuntimeException e) {
            return refused(e, "lastDay-" + id, username, model, response, locale);
        }
        redirect.addFlashAttribute("done", "admin.done.ended");
        return "redirect:/admin/brukere/" + username;
    }

    private String refused(RuntimeException e, String field, String username, Model model,
                           HttpServletResponse response, Locale locale) {
        if (!failures.show(e, field, model, response, locale)) {
            throw e;
        }
        return userPage(username, model);
    }

    private String userPage(String username, Model model) {
        Account account = changes.existing(username);
        LocalDate today = LocalDate.now(clock);
        List<MembershipRow> memberships = directory.memberships(username).stream()
                .map(m -> new MembershipRow(m, m.proposed() ? "proposed"
                        : m.validTo() != null && m.validTo().isBefore(today) ? "ended"
                        : m.validFrom().isAfter(today) ? "future" : "inForce"))
                .toList();
        model.addAttribute("account", account)
                .addAttribute("memberships", memberships)
                .addAttribute("kinds", MembershipKind.values())
                .addAttribute("services", ServiceUnit.values())
                .addAttribute("municipalities", users.municipalities())
                .addAttribute("districts", directory.policeDistricts())
                .addAttribute("today", today);
        return USER;
    }

    private String newAccountPage(Model model) {
        model.addAttribute("services", ServiceUnit.values())
                .addAttribute("municipalities", users.municipalities())
                .addAttribute("districts", directory.policeDistricts());
        return "admin/ny-bruker";
    }

    /** A membership and where it stands today: proposed, future, inForce or ended. */
    record MembershipRow(Membership membership, String standing) {
    }

    private static Employment employment(String service, String municipalityCode, String policeDistrictCode) {
        ServiceUnit unit;
        try {
            unit = ServiceUnit.valueOf(service);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("service", "admin.error.service");
        }
        return new Employment(unit, municipalityCode.isBlank() ? null : municipalityCode,
                policeDistrictCode.isBlank() ? null : policeDistrictCode);
    }

    private static MembershipKind parseKind(String kind) {
        try {
            return MembershipKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "admin.error.kind");
        }
    }

    private static LocalDate date(String field, String value, boolean required) {
        if (value.isBlank()) {
            if (required) {
                throw InvalidInputException.of(field, "admin.error.date");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "admin.error.date");
        }
    }
}
