package vn.kehoach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @Test
    void topLevelPackagesFormNoCycles() {
        slices().matching("vn.kehoach.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * Lowest first: domain ← store, document ← award ← app (wiring, AppContext) ← cli, ui ←
     * launcher (the entry point, which starts either of them).
     */
    @Test
    void layersOnlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("vn.kehoach.domain..")
                .layer("store").definedBy("vn.kehoach.store..")
                .layer("document").definedBy("vn.kehoach.document..")
                .layer("award").definedBy("vn.kehoach.award..")
                .layer("app").definedBy("vn.kehoach.app..")
                .layer("cli").definedBy("vn.kehoach.cli..")
                .layer("ui").definedBy("vn.kehoach.ui..")
                .layer("launcher").definedBy("vn.kehoach.launcher..")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "ui", "launcher")
                .whereLayer("award").mayOnlyBeAccessedByLayers("app", "cli", "ui", "launcher")
                .whereLayer("store").mayOnlyBeAccessedByLayers("award", "app", "cli", "ui", "launcher")
                .whereLayer("document").mayOnlyBeAccessedByLayers("award", "app", "cli", "ui", "launcher")
                .check(CLASSES);
    }
}
