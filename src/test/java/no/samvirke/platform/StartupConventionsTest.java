package no.samvirke.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

/** What keeps start-up within its target (ADR 0018). */
class StartupConventionsTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("no.samvirke");

    @Test
    void repositoriesDeclareNoStringQueries() {
        noMethods().should().beAnnotatedWith(Query.class)
                .because("one string @Query starts Spring Data's own HQL parser at start-up (1-2 s on two cores);"
                        + " use a derived query or a named query on the entity (ADR 0018)")
                .check(classes);
    }
}
