package vn.kehoach.ui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.SameThreadTaskRunner;
import vn.kehoach.ui.UiTestData;

/** The directory's view-model on a real H2 file, without a window. */
class DirectoryViewModelTest {
    @TempDir
    Path tmp;

    private UiTestData data;
    private AppContext ctx;
    private DirectoryViewModel vm;
    private final List<Throwable> reported = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        data = UiTestData.create(tmp);
        ctx = AppContext.open(data.home, data.file, false);
        FxThread.run(() -> {
            vm = new DirectoryViewModel(ctx.organizations(), true, new SameThreadTaskRunner(), reported::add);
            vm.load();
        });
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aNewBodyWithoutNameIsRefusedWithTheRulesMessage() throws Exception {
        FxThread.run(() -> {
            vm.newOrganization();
            vm.save();
            assertThat(vm.formErrorProperty().get()).isEqualTo(Messages.get("directory.error.fullNameRequired"));
            vm.fullNameProperty().set("Sở Tư pháp");
            vm.save();
            assertThat(vm.formErrorProperty().get()).isEqualTo(Messages.get("directory.error.shortNameRequired"));
            vm.shortNameProperty().set("Sở Nông nghiệp"); // different fold from "Sở NN&PTNT": accepted
            vm.sortOrderProperty().set("ba");
            vm.save();
            assertThat(vm.formErrorProperty().get()).isEqualTo(Messages.get("ui.directory.error.order"));
        });
        assertThat(reported).isEmpty();
    }

    @Test
    void addsUnderTheSelectedBodyThenEdits() throws Exception {
        FxThread.run(() -> {
            vm.selectedProperty().set(data.province);
            vm.newOrganization();
            assertThat(vm.parentProperty().get()).isEqualTo(data.province);
            vm.fullNameProperty().set("Sở Tư pháp");
            vm.shortNameProperty().set("STP");
            vm.levelProperty().set(Level.PROVINCE);
            vm.kindProperty().set(OrganizationKind.DEPARTMENT);
            vm.emailProperty().set("stp@gialai.gov.vn");
            vm.save();
            assertThat(vm.formErrorProperty().get()).isEmpty();
            assertThat(vm.formInfoProperty().get()).isEqualTo("Đã lưu \"STP\".");
            assertThat(vm.editingIdProperty().get()).isNotNull();
            assertThat(vm.selectedProperty().get().fullName()).isEqualTo("Sở Tư pháp");

            vm.shortNameProperty().set("Sở Tư pháp");
            vm.save();
            assertThat(vm.formErrorProperty().get()).isEmpty();
        });
        Organization stored = ctx.organizations().find(vm.editingIdProperty().get()).orElseThrow();
        assertThat(stored.shortName()).isEqualTo("Sở Tư pháp");
        assertThat(stored.email()).isEqualTo("stp@gialai.gov.vn");
        assertThat(stored.parentId()).isEqualTo(data.province.id());
    }

    @Test
    void aTakenShortNameIsRefused() throws Exception {
        FxThread.run(() -> {
            vm.selectedProperty().set(data.province);
            vm.newOrganization();
            vm.fullNameProperty().set("Sở Nông nghiệp và Môi trường");
            vm.shortNameProperty().set("so nn&ptnt");
            vm.levelProperty().set(Level.PROVINCE);
            vm.save();
            assertThat(vm.formErrorProperty().get()).contains("đã được dùng cho \"Sở Nông nghiệp và Phát triển nông thôn\"");
        });
    }

    @Test
    void showsTheDirectoryOfADay() throws Exception {
        FxThread.run(() -> {
            vm.asOfProperty().set(LocalDate.of(2025, 6, 30));
            assertThat(vm.visibleOrganizations()).contains(data.district);
            assertThat(vm.childrenOf(data.district.id())).containsExactly(data.commune);
            vm.asOfProperty().set(UiTestData.TWO_TIERS);
            assertThat(vm.visibleOrganizations()).doesNotContain(data.district).contains(data.commune);
            // the commune whose district is gone shows at the top of the tree
            assertThat(vm.childrenOf(null)).contains(data.province, data.commune);
            vm.asOfProperty().set(null);
            assertThat(vm.visibleOrganizations()).hasSize(4);
        });
    }

    @Test
    void aBodyInUseIsNotDeletedButMayBeMarkedMerged() throws Exception {
        FxThread.run(() -> {
            vm.selectedProperty().set(data.agriculture);
            vm.delete();
            DirectoryViewModel.DeleteRefusal refusal = vm.deleteRefusalProperty().get();
            assertThat(refusal).isNotNull();
            assertThat(refusal.uses()).hasSize(2).anyMatch(u -> u.contains("Lai Châu chung sức"));
            assertThat(refusal.message()).startsWith("Không thể xóa vì đơn vị đang được dùng");
            vm.end(refusal.organization(), UiTestData.TWO_TIERS, data.province);
            assertThat(vm.formErrorProperty().get()).isEmpty();
        });
        Organization ended = ctx.organizations().find(data.agriculture.id()).orElseThrow();
        assertThat(ended.validUntil()).isEqualTo(UiTestData.TWO_TIERS);
        assertThat(ended.mergedIntoId()).isEqualTo(data.province.id());
    }

    @Test
    void anUnusedBodyIsDeleted() throws Exception {
        FxThread.run(() -> {
            vm.selectedProperty().set(data.commune);
            vm.delete();
            assertThat(vm.deleteRefusalProperty().get()).isNull();
            assertThat(vm.formInfoProperty().get()).isEqualTo("Đã xóa \"UBND xã Ia Blang\".");
        });
        assertThat(ctx.organizations().find(data.commune.id())).isEmpty();
    }
}
