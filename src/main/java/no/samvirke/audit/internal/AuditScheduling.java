package no.samvirke.audit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring's task scheduler runs {@link AuditChainer} (issue 19: no hand-written scheduler). Boot's
 * scheduler stops with the application context, and its pool ({@code spring.task.scheduling.*})
 * is the one place to size if more scheduled work comes.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {
}
