package no.samvirke.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.sharing.consent.ConsentForm;
import no.samvirke.sharing.consent.ConsentGiver;
import no.samvirke.sharing.consent.NewConsent;
import no.samvirke.sharing.consent.RecipientCategory;

/** The consent form as posted: strings, so that whatever was typed can be shown again. */
record ConsentPageForm(String givenBy, String givenByName, List<String> recipients, String validFrom,
                       String validTo, String form, String witness, String documentReference) {

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    static ConsentPageForm startingOn(LocalDate today) {
        return new ConsentPageForm(null, null, List.of(), today.toString(), null, null, null, null);
    }

    ConsentPageForm {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public boolean checked(RecipientCategory category) {
        return recipients.contains(category.name());
    }

    /** Unreadable dates are reported here; everything else by {@link NewConsent#validated()}. */
    NewConsent toCommand() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = date("validFrom", validFrom, problems);
        LocalDate to = date("validTo", validTo, problems);
        NewConsent consent = new NewConsent(parse(ConsentGiver.class, givenBy), givenByName, categories(), from, to,
                parse(ConsentForm.class, form), witness, documentReference);
        try {
            consent.validated();
        } catch (InvalidInputException e) {
            e.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return consent;
    }

    private Set<RecipientCategory> categories() {
        Set<RecipientCategory> set = EnumSet.noneOf(RecipientCategory.class);
        recipients.forEach(r -> {
            RecipientCategory c = parse(RecipientCategory.class, r);
            if (c != null) {
                set.add(c);
            }
        });
        return set;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.trim();
            return v.contains(".") ? LocalDate.parse(v, NORWEGIAN_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "sharing.consent.error.dateFormat"));
            return null;
        }
    }
}
