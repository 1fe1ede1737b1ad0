package vn.kehoach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.SampleData;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.ui.SameThreadTaskRunner;

/** Settings of the office: the register's start with the symbol rule at typing time, removing the sample data. */
class OfficeSettingsViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void aSymbolWithSpacesIsRefusedWhileTypingAndTheRegisterProposesTheNumberAfterTheLastIssuedOutside() {
        try (AppContext ctx = AppContext.open(new AppHome(tmp.resolve("home")),
                new DatabaseFile(tmp.resolve("db").resolve("kehoach")), true)) {
            SampleData.loadIntoEmpty(ctx);
            OfficeSettingsViewModel vm = new OfficeSettingsViewModel(ctx, new SameThreadTaskRunner(), e -> {
                throw new AssertionError(e);
            });
            vm.load();
            assertThat(vm.hasSampleProperty().get()).isTrue();

            vm.symbolProperty().set("KH - UBND");
            assertThat(vm.symbolProblemProperty().get()).contains("dấu cách").contains("KH-UBND");
            vm.yearProperty().set("2026");
            vm.lastProperty().set("2976");
            vm.saveRegisterStart();
            assertThat(vm.infoProperty().get()).contains("dấu cách");
            assertThat(ctx.numberRegister().starts()).isEmpty();

            vm.symbolProperty().set("KH-UBND");
            assertThat(vm.symbolProblemProperty().get()).isEmpty();
            vm.saveRegisterStart();
            assertThat(vm.nextProperty().get()).contains("2977/KH-UBND năm 2026");
            assertThat(ctx.numberRegister().nextFree("KH-UBND", 2026)).isEqualTo(2977);

            vm.removeSample();
            assertThat(vm.hasSampleProperty().get()).isFalse();
            assertThat(ctx.plans().summaries()).isEmpty();
        }
    }
}
