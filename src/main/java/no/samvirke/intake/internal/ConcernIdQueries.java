package no.samvirke.intake.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The cases of one person in a municipality, oldest first (named queries on {@link Concern}). */
interface ConcernIdQueries {

    String BY_NATIONAL_ID = "Concern.idsByNationalId";
    String BY_NAME_AND_BIRTH_DATE = "Concern.idsByNameAndBirthDate";
    String REFERENCES = "Concern.referencesByIds";

    List<UUID> idsByNationalId(String municipality, String nationalId);

    /** {@code name} in lower case: compared with the lower-cased stored name. */
    List<UUID> idsByNameAndBirthDate(String municipality, String name, LocalDate birthDate);

    /** The human references of those of {@code ids} that are concerns, in one query. */
    Map<UUID, String> referencesOf(Collection<UUID> ids);
}
