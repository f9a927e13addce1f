package no.samvirke.identity;

/**
 * Where every request of the engine operator (Cockpit's API, {@code /engine-rest}) is recorded,
 * allowed or refused. Identity's Camunda filter chains call it; the audit trail implements it
 * (ADR 0020). The path never carries the query string.
 */
public interface EngineAccessLog {

    void record(CurrentUser operator, String method, String path, int status);
}
