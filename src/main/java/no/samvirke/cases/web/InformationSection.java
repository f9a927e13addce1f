package no.samvirke.cases.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.sharing.ContactHold;
import no.samvirke.sharing.Grading;
import no.samvirke.sharing.InformationItem;
import no.samvirke.sharing.InformationKind;

/**
 * Everything the fragment {@code cases/information :: section} shows: the visible items, the
 * hold as this user may see it, and the choices this user has when adding (no police-only
 * grading for municipal users). {@code errors}: field → message key.
 */
record InformationSection(UUID caseId, List<InformationItem> items, ContactHold hold, boolean mayChangeHold,
                          List<InformationKind> kinds, List<Grading> gradings, InformationForm form,
                          HoldForm holdForm, Map<String, String> errors, String saved) {

    static InformationSection of(UUID caseId, List<InformationItem> items, ContactHold hold, CurrentUser user) {
        return new InformationSection(caseId, items, hold, user.hasRole(Role.PST_LIAISON), kinds(user.agency()),
                gradings(user.agency()), InformationForm.empty(), HoldForm.empty(), Map.of(), null);
    }

    InformationSection withErrors(InformationForm form, HoldForm holdForm, Map<String, String> errors) {
        return new InformationSection(caseId, items, hold, mayChangeHold, kinds, gradings, form, holdForm, errors, null);
    }

    InformationSection saved(String messageKey) {
        return new InformationSection(caseId, items, hold, mayChangeHold, kinds, gradings, form, holdForm, errors,
                messageKey);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Oslo"));

    /** Norwegian time, for the page. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** The id of the input a field error links to. */
    public String inputId(String field) {
        return (field.equals("reason") || field.equals("expiresOn") ? "hold-" : "information-") + field;
    }

    private static List<InformationKind> kinds(Agency agency) {
        return Arrays.stream(InformationKind.values())
                .filter(k -> k != InformationKind.POLICE_INFORMATION || agency == Agency.POLICE)
                .filter(k -> k != InformationKind.PST_INFORMATION || agency == Agency.PST).toList();
    }

    private static List<Grading> gradings(Agency agency) {
        return Arrays.stream(Grading.values())
                .filter(g -> g != Grading.POLICE_PST_ONLY || agency != Agency.MUNICIPALITY).toList();
    }
}
