/** Cross-cutting pieces: layout, errors, clock, the Norwegian working-day calendar. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.samvirke.platform;
