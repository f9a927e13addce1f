package no.samvirke.inbox;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The human references (B-2026-0042, V-1A2B3C4D) the inbox shows beside each task, read from the
 * tables of the module that owns the case, never from process variables (ADR 0023). The inbox asks
 * every implementation once per page with the business keys of the page's tasks.
 */
public interface CaseReferences {

    /** The references of those of {@code caseIds} that this module owns; others are left out. */
    Map<UUID, String> of(Set<UUID> caseIds);
}
