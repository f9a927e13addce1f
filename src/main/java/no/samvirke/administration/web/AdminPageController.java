package no.samvirke.administration.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samvirke.administration.internal.AdminChanges;
import no.samvirke.administration.internal.Administrators;
import no.samvirke.catalogue.Plans;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Directory;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.Users;
import no.samvirke.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administration overview and the police districts and municipalities page. */
@Controller
class AdminPageController {

    private final Administrators administrators;
    private final AdminChanges changes;
    private final Directory directory;
    private final Users users;
    private final Plans plans;
    private final AdminFailures failures;

    AdminPageController(Administrators administrators, AdminChanges changes, Directory directory, Users users,
                        Plans plans, AdminFailures failures) {
        this.administrators = administrators;
        this.changes = changes;
        this.directory = directory;
        this.users = users;
        this.plans = plans;
        this.failures = failures;
    }

    @GetMapping("/admin")
    String overview(Model model) {
        administrators.require();
        Map<AccountStatus, Integer> counts = new LinkedHashMap<>();
        for (AccountStatus status : AccountStatus.values()) {
            counts.put(status, directory.accounts(Optional.of(status)).size());
        }
        model.addAttribute("counts", counts)
                .addAttribute("municipalityCount", users.municipalities().size())
                .addAttribute("districtCount", directory.policeDistricts().size());
        return "admin/index";
    }

    @GetMapping("/admin/kommuner")
    String municipalities(Model model) {
        administrators.require();
        return municipalitiesPage(model);
    }

    @PostMapping("/admin/kommuner/politidistrikt")
    String addDistrict(@RequestParam(defaultValue = "") String districtCode,
                       @RequestParam(defaultValue = "") String districtName, Model model,
                       HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        CurrentUser admin = administrators.require();
        try {
            changes.addPoliceDistrict(districtCode.trim(), districtName.trim(), admin);
        } catch (RuntimeException e) {
            if (!failures.show(e, "districtCode", model, response, locale)) {
                throw e;
            }
            model.addAttribute("formInput", Map.of("districtCode", districtCode, "districtName", districtName));
            return municipalitiesPage(model);
        }
        redirect.addFlashAttribute("done", "admin.done.district");
        return "redirect:/admin/kommuner";
    }

    @PostMapping("/admin/kommuner")
    String addMunicipality(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                           @RequestParam(defaultValue = "") String referencePrefix,
                           @RequestParam(defaultValue = "") String policeDistrictCode,
                           @RequestParam(defaultValue = "") String planId, Model model,
                           HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        CurrentUser admin = administrators.require();
        try {
            changes.addMunicipality(new Municipality(code.trim(), name.trim(), referencePrefix.trim(),
                    policeDistrictCode), planId.isBlank() ? null : planId, admin);
        } catch (RuntimeException e) {
            if (!failures.show(e, "code", model, response, locale)) {
                throw e;
            }
            model.addAttribute("formInput", Map.of("code", code, "name", name, "referencePrefix", referencePrefix,
                    "policeDistrictCode", policeDistrictCode, "planId", planId));
            return municipalitiesPage(model);
        }
        redirect.addFlashAttribute("done", "admin.done.municipality");
        return "redirect:/admin/kommuner";
    }

    @GetMapping("/admin/kommuner/{code}")
    String editMunicipality(@PathVariable String code, Model model) {
        administrators.require();
        model.addAttribute("municipality", municipality(code));
        model.addAttribute("districts", directory.policeDistricts());
        return "admin/kommune";
    }

    @PostMapping("/admin/kommuner/{code}")
    String updateMunicipality(@PathVariable String code, @RequestParam(defaultValue = "") String name,
                              @RequestParam(defaultValue = "") String policeDistrictCode, Model model,
                              HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        CurrentUser admin = administrators.require();
        Municipality before = municipality(code);
        try {
            changes.updateMunicipality(new Municipality(code, name.trim(), before.referencePrefix(),
                    policeDistrictCode), admin);
        } catch (RuntimeException e) {
            if (!failures.show(e, "name", model, response, locale)) {
                throw e;
            }
            model.addAttribute("municipality", new Municipality(code, name, before.referencePrefix(),
                    policeDistrictCode));
            model.addAttribute("districts", directory.policeDistricts());
            return "admin/kommune";
        }
        redirect.addFlashAttribute("done", "admin.done.municipalityChanged");
        return "redirect:/admin/kommuner";
    }

    private Municipality municipality(String code) {
        return users.municipalities().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("municipality"));
    }

    private String municipalitiesPage(Model model) {
        List<Municipality> municipalities = users.municipalities().stream()
                .sorted(java.util.Comparator.comparing(Municipality::code)).toList();
        model.addAttribute("districts", directory.policeDistricts())
                .addAttribute("municipalities", municipalities)
                .addAttribute("plans", plans.all());
        return "admin/kommuner";
    }
}
