package no.samvirke.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that BPMN expressions may reach by name ({@code delegateExpression="${name}"},
 * {@code ${concernTimers.firstClosedReview}}). The process engine resolves these beans and no
 * others, so {@code ${jdbcTemplate...}} or {@code ${dataSource...}} in a BPMN file fails (ADR 0020).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessBean {
}
