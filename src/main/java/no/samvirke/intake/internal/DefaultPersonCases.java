package no.samvirke.intake.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samvirke.intake.NotificationCases;
import no.samvirke.intake.personal.PersonCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PersonCases} on the concern table, for the sharing module only. */
@Service
class DefaultPersonCases implements PersonCases {

    private final ConcernIdQueries concerns;

    DefaultPersonCases(ConcernIdQueries concerns) {
        this.concerns = concerns;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> casesOf(String municipalityCode, NotificationCases.Person person) {
        if (person.nationalId() != null && !person.nationalId().isBlank()) {
            return concerns.idsByNationalId(municipalityCode, person.nationalId().strip());
        }
        if (person.name() == null || person.birthDate() == null) {
            return List.of();
        }
        return concerns.idsByNameAndBirthDate(municipalityCode, person.name().strip().toLowerCase(Locale.ROOT),
                person.birthDate());
    }
}
