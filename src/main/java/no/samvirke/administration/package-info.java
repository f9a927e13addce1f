/**
 * Administration: administrators keep police districts, municipalities (and the action plan each
 * follows), accounts and memberships, on the {@code /admin} pages and under {@code /api/v1/admin}.
 * Every change is in the audit trail, in the same transaction. Administrators see no case contents.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "catalogue", "platform"})
package no.samvirke.administration;
