package no.samvirke.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseIdTest {

    @Test
    void isTheUuidAsTextBothWays() {
        UUID id = UUID.randomUUID();
        assertThat(CaseId.of(id.toString())).isEqualTo(CaseId.of(id));
        assertThat(CaseId.of(id)).hasToString(id.toString());
    }

    @Test
    void refusesWhatIsNoCaseId() {
        assertThatThrownBy(() -> CaseId.of("T-2026-0042")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseId.of((UUID) null)).isInstanceOf(NullPointerException.class);
    }
}
