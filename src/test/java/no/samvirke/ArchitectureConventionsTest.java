package no.samvirke;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.samvirke.inbox.TaskFormHandler;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The code conventions of docs/adr/0028 as rules the build checks. Each rule names the
 * convention and says why; add a rule here (and a line in the ADR) when a convention is agreed.
 */
class ArchitectureConventionsTest {

    private static final String ROOT = "no.samvirke";
    private static final int MAX_CLASSES_PER_INTERNAL_PACKAGE = 20;

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(ROOT);

    // --- where a class lives, by its role -------------------------------------------------------

    static final ArchRule REST_CONTROLLERS_LIVE_IN_API = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..api")
            .because("a module's REST endpoints sit together in its `api` package (or a feature's), "
                    + "so the API a module offers can be read in one place");

    static final ArchRule PAGE_CONTROLLERS_LIVE_IN_WEB = classes()
            .that().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("..web")
            .because("pages (@Controller and their form records) sit in `web`, apart from the JSON API");

    static final ArchRule TASK_FORMS_LIVE_IN_TASKS = classes()
            .that().implement(TaskFormHandler.class).and().areNotInterfaces()
            .should().resideInAPackage("..tasks")
            .because("each module keeps the inbox task forms it plugs in in one place, its `tasks` package");

    static final ArchRule CAMUNDA_CALLBACKS_LIVE_IN_PROCESS = classes()
            .that().implement(JavaDelegate.class)
            .or().implement(ExecutionListener.class)
            .or().implement(TaskListener.class)
            .should().resideInAPackage("..process")
            .because("what the engine calls (delegates, listeners) sits beside the process contract "
                    + "in `process`, so a BPMN file and its Java are found together");

    static final ArchRule REPOSITORIES_LIVE_WITH_THEIR_ENTITY = classes()
            .that().areInterfaces().and().areAssignableTo(Repository.class)
            .should(resideInThePackageOfTheirEntity())
            .because("an entity and its Spring Data repository are one unit of persistence and "
                    + "are kept together, package-private where possible");

    // --- names ---------------------------------------------------------------------------------

    static final ArchRule IMPLEMENTATIONS_OF_A_MODULE_INTERFACE_ARE_NAMED_DEFAULT = classes()
            .that().areNotInterfaces().and().areTopLevelClasses()
            .and(implementAPublicInterfaceOfTheirModuleRoot())
            .should(beNamedDefaultPlusTheInterfaceTheyImplement())
            .because("the one implementation of a module's published interface X is DefaultX; "
                    + "technology prefixes (Jpa, Database, Camunda) and module prefixes (Sharing) "
                    + "say how or where, not what, and change when the implementation does");

    static final ArchRule NO_HELPER_UTIL_OR_IMPL_CLASSES = noClasses()
            .that().areTopLevelClasses()
            .should().haveNameMatching(".*(Helper|Util|Utils|Impl)")
            .because("a class is named for what it does; *Helper, *Util and *Impl collect unrelated "
                    + "code or repeat that a class implements something (split by feature instead)");

    static final ArchRule NO_TECHNOLOGY_OR_MODULE_PREFIX_ON_IMPLEMENTATIONS = noClasses()
            .that().areNotInterfaces().and().areTopLevelClasses()
            .and(implementAnInterfaceOf(ROOT))
            .should().haveSimpleNameStartingWith("Jpa")
            .orShould().haveSimpleNameStartingWith("Sharing")
            .orShould().haveSimpleNameStartingWith("Database")
            .orShould().haveSimpleNameStartingWith("Camunda")
            .because("implementations are named DefaultX or for what they do, not for the "
                    + "technology or the module behind them");

    // --- size ----------------------------------------------------------------------------------

    static final ArchRule INTERNAL_PACKAGES_STAY_SMALL = all(internalPackages())
            .should(haveAtMostTopLevelClasses(MAX_CLASSES_PER_INTERNAL_PACKAGE))
            .because("an `internal` package of more than " + MAX_CLASSES_PER_INTERNAL_PACKAGE
                    + " classes holds several features; split it into feature packages "
                    + "(sharing/consent is the model)");

    // --- tests ---------------------------------------------------------------------------------

    static final ArchRule TESTS_LIVE_IN_THE_PACKAGE_OF_THEIR_SUBJECT = classes()
            .that().areTopLevelClasses().and().haveSimpleNameEndingWith("Test")
            .should(resideInThePackageOf(MAIN))
            .because("FooTest (or FooIntegrationTest) is found next to Foo, and may use what Foo "
                    + "keeps package-private");

    @Test
    void restControllersLiveInApi() {
        REST_CONTROLLERS_LIVE_IN_API.check(MAIN);
    }

    @Test
    void pageControllersLiveInWeb() {
        PAGE_CONTROLLERS_LIVE_IN_WEB.check(MAIN);
    }

    @Test
    void taskFormsLiveInTasks() {
        TASK_FORMS_LIVE_IN_TASKS.check(MAIN);
    }

    @Test
    void camundaCallbacksLiveInProcess() {
        CAMUNDA_CALLBACKS_LIVE_IN_PROCESS.check(MAIN);
    }

    @Test
    void repositoriesLiveWithTheirEntity() {
        REPOSITORIES_LIVE_WITH_THEIR_ENTITY.check(MAIN);
    }

    @Test
    void theRepositoryRuleFindsTheEntityOfARepository() {
        JavaClass repository = MAIN.get("no.samvirke.identity.internal.UserAccountRepository");
        assertThat(entityOf(repository))
                .map(JavaClass::getName).contains("no.samvirke.identity.internal.UserAccount");
    }

    @Test
    void implementationsOfAModuleInterfaceAreNamedDefault() {
        IMPLEMENTATIONS_OF_A_MODULE_INTERFACE_ARE_NAMED_DEFAULT.check(MAIN);
    }

    @Test
    void noHelperUtilOrImplClasses() {
        NO_HELPER_UTIL_OR_IMPL_CLASSES.check(MAIN);
    }

    @Test
    void noTechnologyOrModulePrefixOnImplementations() {
        NO_TECHNOLOGY_OR_MODULE_PREFIX_ON_IMPLEMENTATIONS.check(MAIN);
    }

    @Test
    void internalPackagesStaySmall() {
        INTERNAL_PACKAGES_STAY_SMALL.check(MAIN);
    }

    @Test
    void testsLiveInThePackageOfTheirSubject() {
        TESTS_LIVE_IN_THE_PACKAGE_OF_THEIR_SUBJECT.check(TESTS);
    }

    // --- building blocks -----------------------------------------------------------------------

    /** The module of a class: the package segment right below {@code no.samvirke}. */
    private static Optional<String> moduleOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isInModuleRoot(JavaClass javaClass) {
        return javaClass.getPackageName().startsWith(ROOT + ".")
                && javaClass.getPackageName().indexOf('.', ROOT.length() + 1) < 0;
    }

    /** Public interfaces declared in the root package of the module the class lives in. */
    private static Set<JavaClass> moduleRootInterfacesImplementedBy(JavaClass javaClass) {
        Optional<String> module = moduleOf(javaClass);
        return javaClass.getAllRawInterfaces().stream()
                .filter(i -> isInModuleRoot(i) && i.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(i -> moduleOf(i).equals(module))
                .collect(toSet());
    }

    private static DescribedPredicate<JavaClass> implementAPublicInterfaceOfTheirModuleRoot() {
        return DescribedPredicate.describe("implement a public interface of their module's root package",
                c -> !c.isRecord() && !c.isEnum() && !c.isAnonymousClass()
                        && !moduleRootInterfacesImplementedBy(c).isEmpty());
    }

    private static DescribedPredicate<JavaClass> implementAnInterfaceOf(String packagePrefix) {
        return DescribedPredicate.describe("implement an interface of " + packagePrefix,
                c -> c.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().startsWith(packagePrefix)));
    }

    private static ArchCondition<JavaClass> beNamedDefaultPlusTheInterfaceTheyImplement() {
        return new ArchCondition<>("be named Default + the interface they implement") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<JavaClass> interfaces = moduleRootInterfacesImplementedBy(javaClass);
                boolean named = interfaces.stream()
                        .anyMatch(i -> javaClass.getSimpleName().equals("Default" + i.getSimpleName()));
                if (!named) {
                    events.add(violated(javaClass, javaClass.getName() + " implements "
                            + interfaces.stream().map(JavaClass::getSimpleName).sorted().toList()
                            + " but is not named Default + one of them"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> resideInThePackageOfTheirEntity() {
        return new ArchCondition<>("reside in the package of the entity they manage") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                entityOf(repository).ifPresent(entity -> {
                    if (!entity.getPackageName().equals(repository.getPackageName())) {
                        events.add(violated(repository, repository.getName() + " manages "
                                + entity.getName() + " from another package"));
                    }
                });
            }
        };
    }

    /** The first type argument of the Spring Data interface a repository extends. */
    private static Optional<JavaClass> entityOf(JavaClass repository) {
        for (JavaType type : repository.getInterfaces()) {
            if (type instanceof JavaParameterizedType parameterized
                    && parameterized.toErasure().isAssignableTo(Repository.class)
                    && !parameterized.getActualTypeArguments().isEmpty()
                    && parameterized.getActualTypeArguments().get(0) instanceof JavaClass entity) {
                return Optional.of(entity);
            }
            Optional<JavaClass> inherited = type.toErasure().getPackageName().startsWith(ROOT)
                    ? entityOf(type.toErasure())
                    : Optional.empty();
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    private static AbstractClassesTransformer<JavaPackage> internalPackages() {
        Pattern internal = Pattern.compile("(^|.*\\.)internal$");
        return new AbstractClassesTransformer<>("internal packages") {
            @Override
            public Iterable<JavaPackage> doTransform(JavaClasses classes) {
                return classes.stream()
                        .map(JavaClass::getPackageName)
                        .filter(name -> internal.matcher(name).matches())
                        .distinct()
                        .map(classes::getPackage)
                        .toList();
            }
        };
    }

    private static List<JavaClass> topLevelClassesOf(JavaPackage javaPackage) {
        return javaPackage.getClasses().stream()
                .filter(c -> c.isTopLevelClass() && !c.isArray())
                .filter(c -> !c.getName().contains("$")) // synthetic switch maps (Foo$1) count as top-level
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .toList();
    }

    private static ArchCondition<JavaPackage> haveAtMostTopLevelClasses(int max) {
        return new ArchCondition<>("hold at most " + max + " top-level classes") {
            @Override
            public void check(JavaPackage javaPackage, ConditionEvents events) {
                int count = topLevelClassesOf(javaPackage).size();
                if (count > max) {
                    events.add(violated(javaPackage, javaPackage.getName() + " holds " + count
                            + " top-level classes (at most " + max + "): "
                            + topLevelClassesOf(javaPackage).stream().map(JavaClass::getSimpleName).sorted().toList()));
                }
            }
        };
    }

    /** FooTest or FooIntegrationTest resides in (one of) the package(s) of a main class Foo. */
    private static ArchCondition<JavaClass> resideInThePackageOf(JavaClasses main) {
        return new ArchCondition<>("reside in the package of the class they test") {
            private Map<String, List<JavaClass>> mainBySimpleName = Map.of();

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                mainBySimpleName = main.stream()
                        .filter(JavaClass::isTopLevelClass)
                        .collect(groupingBy(JavaClass::getSimpleName));
            }

            @Override
            public void check(JavaClass test, ConditionEvents events) {
                String name = test.getSimpleName();
                String subject = name.endsWith("IntegrationTest")
                        ? name.substring(0, name.length() - "IntegrationTest".length())
                        : name.substring(0, name.length() - "Test".length());
                List<JavaClass> subjects = mainBySimpleName.getOrDefault(subject, List.of());
                if (!subjects.isEmpty() && subjects.stream()
                        .noneMatch(s -> s.getPackageName().equals(test.getPackageName()))) {
                    events.add(violated(test, test.getName() + " tests "
                            + subjects.stream().map(JavaClass::getName).sorted().toList()
                            + " from another package"));
                }
            }
        };
    }
}
