package no.samvirke.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.internal.PlanFileReader;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MergeMapTest {

    @Test
    void bærumsMergesFormTheseGroups() throws Exception {
        var plan = new PlanFileReader().read("b", new ClassPathResource("plans/baerum-2015.yaml")
                .getContentAsString(StandardCharsets.UTF_8));
        MergeMap map = MergeMap.of(plan);
        assertThat(map.groups()).extracting(g -> g.stream().map(Measure::number).toList()).containsExactly(
                List.of(3, 26, 28), List.of(4, 6, 8, 9, 11, 13, 14, 15, 19, 20, 35), List.of(10, 12),
                List.of(22, 33), List.of(29, 36), List.of(30, 31), List.of(34, 39), List.of(37, 38));
        assertThat(map.ended()).extracting(Measure::number).containsExactly(2, 17, 18, 21, 25);
    }
}
