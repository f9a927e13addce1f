package no.samvirke.platform;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A typed variable of a process contract: its name and how its value is kept in the engine. The
 * engine only ever sees a plain string, boolean, integer or date (ids and enums as their string,
 * lists comma-separated), so Cockpit, history and variable queries stay readable and no Java
 * object is serialised into {@code ACT_*} (ADR 0023, 0027). Reading an unset variable gives
 * {@code null}, as {@link VariableScope#getVariable} does.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<Object, T> reader;
    private final Function<T, Object> writer;
    private final boolean transientOnly;

    private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
        this(name, reader, writer, false);
    }

    private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer, boolean transientOnly) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
        this.transientOnly = transientOnly;
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class::cast, v -> v);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class::cast, v -> v);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, Integer.class::cast, v -> v);
    }

    public static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(name, Date.class::cast, v -> v);
    }

    /** A UUID kept as its string. */
    public static ProcessVariable<UUID> uuid(String name) {
        return new ProcessVariable<>(name, v -> UUID.fromString(v.toString()), UUID::toString);
    }

    /** A case id kept as its string; every process names it {@value CaseId#VARIABLE}. */
    public static ProcessVariable<CaseId> caseId() {
        return new ProcessVariable<>(CaseId.VARIABLE, v -> CaseId.of(v.toString()), CaseId::toString);
    }

    /** An enum constant kept as its name. */
    public static <E extends Enum<E>> ProcessVariable<E> enumeration(String name, Class<E> type) {
        return new ProcessVariable<>(name, v -> Enum.valueOf(type, (String) v), Enum::name);
    }

    /** Strings kept comma-separated, in order (none of them may hold a comma). */
    public static ProcessVariable<List<String>> commaSeparated(String name) {
        return new ProcessVariable<>(name, v -> List.of(((String) v).split(",")), v -> String.join(",", v));
    }

    /**
     * A list the engine reads in the transaction that sets it (a multi-instance's {@code camunda:collection})
     * and never stores: a list is no plain engine type, so only the transient setters accept it.
     */
    @SuppressWarnings("unchecked")
    public static ProcessVariable<List<String>> transientList(String name) {
        return new ProcessVariable<>(name, v -> (List<String>) v, List::copyOf, true);
    }

    public String name() {
        return name;
    }

    /** The value visible from the scope (its own or a parent's), or null. */
    public T from(VariableScope scope) {
        return read(scope.getVariable(name));
    }

    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(from(scope));
    }

    /** The value of a running execution (or process instance), or null. */
    public T from(RuntimeService runtime, String executionId) {
        return read(runtime.getVariable(executionId, name));
    }

    /** The value visible from a task, or null. */
    public T from(TaskService tasks, String taskId) {
        return read(tasks.getVariable(taskId, name));
    }

    /** The value in a map of variables (a start or completion map, {@code getVariables()}), or null. */
    public T from(Map<String, ?> variables) {
        return read(variables.get(name));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, write(value));
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, write(value));
    }

    /** Sets a value that is read in this transaction only and never stored (ADR 0023). */
    public void setTransient(VariableScope scope, T value) {
        scope.setVariable(name, transientValue(value));
    }

    public void setLocalTransient(VariableScope scope, T value) {
        scope.setVariableLocal(name, transientValue(value));
    }

    /** Adds the value to a start or completion map; returns the map. */
    public <M extends Map<String, Object>> M put(M variables, T value) {
        variables.put(name, write(value));
        return variables;
    }

    public <M extends Map<String, Object>> M putTransient(M variables, T value) {
        variables.put(name, transientValue(value));
        return variables;
    }

    private T read(Object stored) {
        return stored == null ? null : reader.apply(stored);
    }

    private Object write(T value) {
        if (transientOnly) {
            throw new IllegalStateException(name + " is never stored; set it transient");
        }
        return stored(value);
    }

    private Object stored(T value) {
        return value == null ? null : writer.apply(value);
    }

    private TypedValue transientValue(T value) {
        Object stored = stored(value);
        if (stored instanceof String s) {
            return Variables.stringValue(s, true);
        } else if (stored instanceof Boolean b) {
            return Variables.booleanValue(b, true);
        } else if (stored instanceof Integer i) {
            return Variables.integerValue(i, true);
        } else if (stored instanceof Date d) {
            return Variables.dateValue(d, true);
        }
        return Variables.untypedValue(stored, true);
    }

    @Override
    public String toString() {
        return name;
    }
}
