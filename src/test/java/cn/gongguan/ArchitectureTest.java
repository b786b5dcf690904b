package cn.gongguan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gongguan");
    }

    /** The UI kit (translations, formats, field errors) is a library every view may use; it needs only the platform. */
    @Test
    void featurePackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("cn.gongguan.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("cn.gongguan.ui.kit.."))
                .check(classes);
    }

    @Test
    void theUiKitDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.gongguan.ui.kit..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gongguan.security..", "cn.gongguan.county..",
                        "cn.gongguan.demo..")
                .orShould().dependOnClassesThat().resideInAPackage("cn.gongguan.ui")
                .check(classes);
    }

    @Test
    void thePlatformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.gongguan.platform..")
                .and().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gongguan.security..", "cn.gongguan.county..",
                        "cn.gongguan.ui", "cn.gongguan.demo..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("cn.gongguan..ui..")
                .check(classes);
    }

    @Test
    void viewsLiveInUiPackagesAndCarryAnAccessAnnotation() {
        classes().that().areAnnotatedWith(Route.class)
                .should().resideInAPackage("..ui..")
                .andShould(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(PermitAll.class)
                        .or(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(RolesAllowed.class))
                        .or(com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith(AnonymousAllowed.class)))
                .check(classes);
    }

    @Test
    void onlyThePlatformTouchesTheTenantConnectionPlumbing() {
        noClasses().that().resideOutsideOfPackage("cn.gongguan.platform..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("TenantConnectionProvider")
                .check(classes);
    }
}
