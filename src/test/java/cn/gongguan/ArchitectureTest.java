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
import java.util.Arrays;
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

    private static final String[] FEATURES = {"cn.gongguan.security..", "cn.gongguan.reference..",
            "cn.gongguan.registry..", "cn.gongguan.fivestep..", "cn.gongguan.exchange..", "cn.gongguan.housing..",
            "cn.gongguan.county..", "cn.gongguan.demo..", "cn.gongguan.groups..", "cn.gongguan.glass..",
            "cn.gongguan.governance.."};

    /** No exemption: the UI kit is a slice of its own like every feature. */
    @Test
    void topLevelPackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("cn.gongguan.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The UI kit (translations, formats, field errors, home sections) is a library every view may use. */
    @Test
    void theUiKitDependsOnNoFeatureAndNotOnTheShell() {
        noClasses().that().resideInAPackage("cn.gongguan.uikit..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAPackage("cn.gongguan.ui..")
                .check(classes);
    }

    /** The shell collects home sections and menu entries; it knows the logged-in user, never a feature. */
    @Test
    void theShellImportsNoFeature() {
        noClasses().that().resideInAPackage("cn.gongguan.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        Arrays.stream(FEATURES).filter(f -> !f.startsWith("cn.gongguan.security"))
                                .toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAnyPackage("cn.gongguan.platform..ui..")
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

    /** Accounts made active without two people (first administrators, demo users) come only from start-up code. */
    @Test
    void onlyStartUpCodeProvisionsAccounts() {
        noClasses().that().resideOutsideOfPackages("cn.gongguan.security", "cn.gongguan.demo..")
                .should().dependOnClassesThat().haveFullyQualifiedName("cn.gongguan.security.AccountProvisioning")
                .check(classes);
    }

    @Test
    void onlyThePlatformTouchesTheTenantConnectionPlumbing() {
        noClasses().that().resideOutsideOfPackage("cn.gongguan.platform..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("TenantConnectionProvider")
                .check(classes);
    }
}
