package no.samvirke.sharing.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import org.junit.jupiter.api.Test;

/** "Own task" is the same organisation as the source: service unit and place, not service type. */
class SourceOrganisationTest {

    private static final Map<String, Municipality> MUNICIPALITIES = Map.of(
            "3201", new Municipality("3201", "Bærum", "B", "oslo"),
            "3907", new Municipality("3907", "Sandefjord", "S", "sor-ost"));

    private final SourceOrganisation organisations = new SourceOrganisation(new Users() {
        public CurrentUser current() {
            throw new UnsupportedOperationException();
        }

        public Optional<CurrentUser> find(String username) {
            return Optional.empty();
        }

        public Municipality municipality(String code) {
            return MUNICIPALITIES.get(code);
        }

        public List<Municipality> municipalities() {
            return List.copyOf(MUNICIPALITIES.values());
        }

        public List<String> administrators() {
            return List.of();
        }
    });

    private static final ConcernSummary BAERUM_SCHOOL = new ConcernSummary(UUID.randomUUID(), "B-2026-0001", "3201",
            Category.HATE_CRIME, ConcernStatus.RECEIVED, ServiceUnit.SCHOOL, "skole", false, false, false, false,
            Instant.EPOCH, Instant.EPOCH, null);

    private static CurrentUser user(ServiceUnit service, String municipality, String district) {
        return new CurrentUser("u", "U", service, municipality, district, Set.of(Role.KJERNEGRUPPE), Set.of());
    }

    @Test
    void theSameServiceInTheSameMunicipalityIsOwnTask() {
        assertThat(organisations.ownTask(ServiceUnit.SCHOOL, BAERUM_SCHOOL, user(ServiceUnit.SCHOOL, "3201", null)))
                .isTrue();
    }

    @Test
    void theSameServiceTypeInAnotherMunicipalityIsNot() {
        assertThat(organisations.ownTask(ServiceUnit.SCHOOL, BAERUM_SCHOOL, user(ServiceUnit.SCHOOL, "3203", null)))
                .isFalse();
        assertThat(organisations.ownTask(ServiceUnit.SCHOOL, BAERUM_SCHOOL, user(ServiceUnit.SCHOOL, null, null)))
                .isFalse();
    }

    @Test
    void anotherServiceInTheSameMunicipalityIsNot() {
        assertThat(organisations.ownTask(ServiceUnit.SCHOOL, BAERUM_SCHOOL,
                user(ServiceUnit.CHILD_WELFARE, "3201", null))).isFalse();
        assertThat(organisations.ownTask(null, BAERUM_SCHOOL, user(ServiceUnit.SCHOOL, "3201", null))).isFalse();
    }

    @Test
    void policeInformationIsOwnTaskOnlyInTheDistrictOfTheCasesMunicipality() {
        ServiceUnit police = ServiceUnit.POLICE_PREVENTION;
        assertThat(organisations.ownTask(police, BAERUM_SCHOOL, user(police, null, "oslo"))).isTrue();
        assertThat(organisations.ownTask(police, BAERUM_SCHOOL, user(police, null, "sor-ost"))).isFalse();
        assertThat(organisations.ownTask(police, BAERUM_SCHOOL, user(police, null, null))).isFalse();
    }

    @Test
    void resourcePersonsComeFromTheMunicipalityItsPoliceDistrictOrPst() {
        assertThat(organisations.sameAgencyUnit(BAERUM_SCHOOL, user(ServiceUnit.HEALTH_STATION, "3201", null))).isTrue();
        assertThat(organisations.sameAgencyUnit(BAERUM_SCHOOL, user(ServiceUnit.SCHOOL, "3203", null))).isFalse();
        assertThat(organisations.sameAgencyUnit(BAERUM_SCHOOL, user(ServiceUnit.POLICE_PREVENTION, null, "oslo")))
                .isTrue();
        assertThat(organisations.sameAgencyUnit(BAERUM_SCHOOL, user(ServiceUnit.POLICE_PREVENTION, null, "sor-ost")))
                .isFalse();
        assertThat(organisations.sameAgencyUnit(BAERUM_SCHOOL, user(ServiceUnit.PST, null, null))).isTrue();
    }
}
