package no.samvirke.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.Plans;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.platform.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The 2018 plan derived from the 2017 recommendations, stored as version 2 linked to version 1. */
@SpringBootTest
class DeriveRevisedPlanTest {

    @Autowired DeriveRevisedPlan derive;
    @Autowired Plans plans;
    @Autowired LoadPlans loader;
    @Autowired Users users;

    @Test
    void theRevisedBaerumPlanFollowsTheRecommendations() {
        Plan revised = plans.find(derive.derive("baerum-2015", user("slt")).id()).orElseThrow();
        assertThat(revised.id()).isEqualTo("baerum-2015-v2");
        assertThat(revised.revises()).isEqualTo("baerum-2015");
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.periodFrom()).isEqualTo(2018);
        List<List<Integer>> from = revised.measures().stream().map(Measure::derivedFrom).toList();
        assertThat(from).doesNotContain(List.of(2), List.of(17), List.of(18), List.of(21), List.of(25))
                .contains(List.of(22, 33), List.of(30, 31), List.of(34, 39), List.of(24));
        assertThat(revised.measures()).extracting(Measure::title)
                .contains("Mangfoldskontakter", "Kompetanseheving", "Avklaringssamtale", "Oppfølging av familien")
                .doesNotContain("Trossamfunnskontakter", "Ressursenhet", "Motvirke barnefattigdom");
        assertThat(revised.measures()).extracting(Measure::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, revised.measures().size())
                        .boxed().toList());
        assertThat(derive.derive("baerum-2015", user("slt")).measures()).hasSameSizeAs(revised.measures());
    }

    @Test
    void aPlanVersionLoadedFromAFileIsNotOverwritten() {
        loader.load("v2.yaml", PlanFileReaderTest.VALID.replace("id: test-plan", "id: test-file-v2"));
        loader.load("v1.yaml", PlanFileReaderTest.VALID.replace("id: test-plan", "id: test-file"));
        assertThatThrownBy(() -> derive.derive("test-file", user("admin"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anotherMunicipalitysCoordinatorCannotDeriveBaerumsRevisedPlan() {
        assertThatThrownBy(() -> derive.derive("baerum-2015", user("asker-slt")))
                .isInstanceOf(PlanAuthority.OtherMunicipalityException.class);
        loader.load("asker.yaml", PlanFileReaderTest.VALID.replace("id: test-plan", "id: asker-derive"));
        assertThat(derive.derive("asker-derive", user("asker-slt")).id()).isEqualTo("asker-derive-v2");
        assertThatThrownBy(() -> derive.derive("asker-derive", user("slt")))
                .isInstanceOf(PlanAuthority.OtherMunicipalityException.class);
    }

    private CurrentUser user(String username) {
        return users.find(username).orElseThrow();
    }
}
