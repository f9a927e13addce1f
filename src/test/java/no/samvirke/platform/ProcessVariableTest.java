package no.samvirke.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/** What the engine gets is always a plain value; what the Java side reads is typed. */
class ProcessVariableTest {

    enum Colour { RED, GREEN }

    private final Map<String, Object> variables = new HashMap<>();

    @Test
    void idsAndEnumsAreKeptAsTheirStrings() {
        UUID id = UUID.randomUUID();
        ProcessVariable.caseId().put(variables, CaseId.of(id));
        ProcessVariable.uuid("notificationId").put(variables, id);
        ProcessVariable.enumeration("colour", Colour.class).put(variables, Colour.GREEN);
        assertThat(variables).containsEntry("caseId", id.toString()).containsEntry("notificationId", id.toString())
                .containsEntry("colour", "GREEN");
        assertThat(ProcessVariable.caseId().from(variables)).isEqualTo(CaseId.of(id));
        assertThat(ProcessVariable.uuid("notificationId").from(variables)).isEqualTo(id);
        assertThat(ProcessVariable.enumeration("colour", Colour.class).from(variables)).isEqualTo(Colour.GREEN);
    }

    @Test
    void aListIsOneCommaSeparatedString() {
        ProcessVariable<List<String>> services = ProcessVariable.commaSeparated("planServices");
        services.put(variables, List.of("POLICE", "SCHOOL"));
        assertThat(variables).containsEntry("planServices", "POLICE,SCHOOL");
        assertThat(services.from(variables)).containsExactly("POLICE", "SCHOOL");
    }

    @Test
    void anUnsetVariableReadsAsNull() {
        assertThat(ProcessVariable.uuid("handoffId").from(variables)).isNull();
        VariableScope scope = mock(VariableScope.class);
        assertThat(ProcessVariable.bool("contactHold").find(scope)).isEmpty();
    }

    @Test
    void aTransientValueIsTypedAndMarkedTransient() {
        VariableScope scope = mock(VariableScope.class);
        Date due = new Date();
        ProcessVariable.date("planDue").setTransient(scope, due);
        verify(scope).setVariable(eq("planDue"), argThat((TypedValue v) -> v.isTransient() && due.equals(v.getValue())));
        ProcessVariable.transientList("serviceDeadlines").setLocalTransient(scope, List.of("a", "b"));
        verify(scope).setVariableLocal(eq("serviceDeadlines"),
                argThat((TypedValue v) -> v.isTransient() && List.of("a", "b").equals(v.getValue())));
    }

    @Test
    void aTransientListIsNeverStored() {
        assertThatThrownBy(() -> ProcessVariable.transientList("serviceDeadlines").put(variables, List.of("a")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsFromTheScope() {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable("loopCounter")).thenReturn(2);
        assertThat(ProcessVariable.integer("loopCounter").from(scope)).isEqualTo(2);
    }
}
