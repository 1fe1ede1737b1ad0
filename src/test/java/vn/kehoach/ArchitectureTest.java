package vn.kehoach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/style.md, checked on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.kehoach");

    @Test
    void domainImportsNoJavaFxNorJooqNorStore() {
        noClasses().that().resideInAPackage("vn.kehoach.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "vn.kehoach.store..",
                        "vn.kehoach.ui..", "org.h2..")
                .check(CLASSES);
    }

    @Test
    void uiNeverTouchesGeneratedJooqClasses() {
        noClasses().that().resideInAPackage("vn.kehoach.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.kehoach.store.jooq..", "org.jooq..")
                .check(CLASSES);
    }

    @Test
    void nobodyPrintsToSystemOutOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("vn.kehoach.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
