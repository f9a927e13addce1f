package no.samvirke.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.UUID;
import no.samvirke.audit.AuditAction;
import org.junit.jupiter.api.Test;

/**
 * An entry the database would reject never reaches it (the database's message would quote the
 * row into the log), and the rejection names the field, never the value.
 */
class AuditRecordTest {

    private static final UUID CASE = UUID.randomUUID();

    private static AuditRecord change(String after) {
        return new AuditRecord("kjerne", "MUNICIPALITY", CASE, AuditAction.CHANGE, "description", "basis",
                "test", null, after);
    }

    @Test
    void tooLongValuesAreRejectedWithoutQuotingThem() {
        String value = "Sindre Kvalbein ".repeat(300);
        assertThatThrownBy(() -> change(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("afterValue must be 1..4000 characters");
        assertThatCode(() -> change("description=12 chars")).doesNotThrowAnyException();
    }

    @Test
    void onlyAnExportMayBelongToNoCase() {
        assertThatThrownBy(() -> new AuditRecord("kjerne", "MUNICIPALITY", null, AuditAction.READ, "subject=FULL",
                "basis", "page:case", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new AuditRecord("personvern", "MUNICIPALITY", null, AuditAction.EXPORT, "entries=0",
                "basis", "export:csv", null, null)).doesNotThrowAnyException();
    }
}
