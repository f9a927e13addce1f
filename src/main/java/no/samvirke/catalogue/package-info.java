/**
 * The action plan's catalogue of measures (tiltak): plans loaded from {@code classpath:plans/*.yaml},
 * their measures, status per reporting period and the recommendation for the revised plan. Holds no
 * personal data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "intake", "inbox"})
package no.samvirke.catalogue;
