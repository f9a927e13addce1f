/**
 * The case: its page ({@code /saker/{id}}), its API ({@code GET /api/v1/concerns/{id}}), and the two
 * things done to a case as a whole, converting an anonymised discussion to a named case and
 * granting a resource person access. Both the page and the API ask sharing's {@code CaseGate} once
 * per view and read the case through {@code CaseViews}; the state of conversions and grants stays
 * in sharing, which decides disclosure from it. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "intake", "inbox", "review",
        "sharing"})
package no.samvirke.cases;
