package no.samvirke;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries true and writes the module documentation into {@code docs/modules}
 * (PlantUML diagrams of all modules and of each one), so the committed documentation is regenerated
 * by every test run and a change of a module's dependencies shows in the diff.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SamvirkeApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
