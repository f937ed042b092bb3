package dev.tally;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.ServerFilter;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Feature packages talk to each other through services, never through each other's repositories. */
class ArchitectureTest {

    private static final JavaClasses TALLY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tally");

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should(beAccessedOnlyFromTheirOwnPackage())
                .check(TALLY);
    }

    @Test
    void controllersGoThroughServices() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(TALLY);
    }

    @Test
    void nothingDependsOnReports() {
        noClasses().that().resideOutsideOfPackage("dev.tally.report..")
                .should().dependOnClassesThat().resideInAPackage("dev.tally.report..")
                .allowEmptyShould(true)
                .check(TALLY);
    }

    /** See common.FilterScope: one filter with patterns of its own makes Micronaut match every filter on every request. */
    @Test
    void everyFilterMatchesAllPathsAndAsksItsScopeInstead() {
        classes().that().areAnnotatedWith(ServerFilter.class)
                .should(new ArchCondition<>("be declared for all paths and all methods") {
                    @Override
                    public void check(JavaClass filter, ConditionEvents events) {
                        ServerFilter declared = filter.getAnnotationOfType(ServerFilter.class);
                        List<String> patterns = Stream.concat(Arrays.stream(declared.value()), Arrays.stream(declared.patterns())).toList();
                        if (!patterns.equals(List.of(ServerFilter.MATCH_ALL_PATTERN)) || declared.methods().length > 0) {
                            events.add(SimpleConditionEvent.violated(filter, filter.getName() + " is declared for " + patterns
                                    + " " + Arrays.toString(declared.methods()) + ": use @ServerFilter(MATCH_ALL_PATTERN) and a FilterScope"));
                        }
                    }
                })
                .check(TALLY);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !dependency.getOriginClass().getPackageName().equals(repository.getPackageName()))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }
}
