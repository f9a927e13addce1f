/**
 * The case: its page ({@code /saker/{id}}), its API ({@code GET /api/v1/concerns/{id}}), the case's
 * own pages and API resources (consents, graded information, PST's contact hold), and the two
 * things done to a case as a whole, converting an anonymised discussion to a named case and
 * granting a resource person access. The rules and the state behind every one of them live in
 * sharing; this module is where a person works on the case. Both the page and the API ask sharing's {@code CaseGate} once
 * per view and read the case through {@code CaseViews}; the state of conversions and grants stays
 * in sharing, which decides disclosure from it. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform", "intake", "inbox", "review",
        "sharing", "sharing :: consent"})
package no.samvirke.cases;
