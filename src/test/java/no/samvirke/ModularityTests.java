package no.samvirke;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries true and writes the module documentation into {@code docs/modules}
 * (PlantUML diagrams of all modules and of each one), so the committed documentation is regenerated
 * by every test run and a change of a module's dependencies shows in the diff. Spring Modulith writes
 * the relations in no fixed order; they are sorted so an unchanged structure gives unchanged files.
 */
class ModularityTests {

    private static final String OUTPUT = "docs/modules";

    private final ApplicationModules modules = ApplicationModules.of(SamvirkeApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writeModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> files = Files.list(Path.of(OUTPUT))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortRelations(file);
            }
        }
    }

    private static void sortRelations(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> relations = new ArrayList<>(lines.stream().filter(ModularityTests::isRelation).toList());
        relations.sort(null);
        Iterator<String> sorted = relations.iterator();
        List<String> out = lines.stream().map(line -> isRelation(line) ? sorted.next() : line).toList();
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static boolean isRelation(String line) {
        return line.startsWith("Rel(");
    }
}
