/** Users, agencies, services, roles, municipalities; Spring Security and Camunda single sign-on. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package no.samvirke.identity;
