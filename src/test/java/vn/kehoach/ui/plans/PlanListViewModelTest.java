package vn.kehoach.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.SameThreadTaskRunner;

/** The plan list's view-model, without a window. */
class PlanListViewModelTest {
    private static final PlanSummary LAO_CAI = new PlanSummary(1, PlanKind.CONFERENCE, PlanStatus.ISSUED, 25, "KH-BCĐ",
            "Tổ chức Hội nghị tổng kết các Chương trình mục tiêu quốc gia trên địa bàn tỉnh Lào Cai năm 2021",
            LocalDate.of(2022, 1, 12), 2022, "BAN CHỈ ĐẠO TỈNH LÀO CAI", 1);
    private static final PlanSummary GIA_LAI = new PlanSummary(2, PlanKind.CONFERENCE, PlanStatus.DRAFT, null,
            "KH-UBND", "Tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
            + "giai đoạn 2021-2025 trên địa bàn tỉnh Gia Lai", null, 2022, "ỦY BAN NHÂN DÂN TỈNH GIA LAI", 1);
    private static final PlanSummary LAI_CHAU = new PlanSummary(3, PlanKind.MOVEMENT, PlanStatus.ISSUED, 116,
            "KH-UBND", "Tổ chức thực hiện phong trào thi đua “Lai Châu chung sức xây dựng nông thôn mới” giai đoạn "
            + "2021-2025", LocalDate.of(2022, 4, 8), 2022, "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", 1);

    private final List<Throwable> reported = new ArrayList<>();

    private PlanListViewModel loaded() {
        PlanListViewModel vm = new PlanListViewModel(() -> List.of(LAO_CAI, GIA_LAI, LAI_CHAU),
                new SameThreadTaskRunner(), reported::add);
        vm.load();
        return vm;
    }

    @Test
    void loadsAndCounts() throws Exception {
        FxThread.run(() -> {
            PlanListViewModel vm = loaded();
            assertThat(vm.shownPlans()).hasSize(3);
            assertThat(vm.countTextProperty().get()).isEqualTo("3 kế hoạch");
            assertThat(vm.loadingProperty().get()).isFalse();
        });
    }

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        FxThread.run(() -> {
            PlanListViewModel vm = loaded();
            vm.searchProperty().set("so ket gia lai");
            assertThat(vm.shownPlans()).containsExactly(GIA_LAI);
            assertThat(vm.countTextProperty().get()).isEqualTo("Hiển thị 1 trên 3 kế hoạch");
            vm.searchProperty().set("LAI CHAU chung suc");
            assertThat(vm.shownPlans()).containsExactly(LAI_CHAU);
            vm.searchProperty().set("25/KH-BCD");
            assertThat(vm.shownPlans()).containsExactly(LAO_CAI);
            vm.searchProperty().set("");
            assertThat(vm.shownPlans()).hasSize(3);
        });
    }

    @Test
    void aFailedLoadIsReportedNotThrown() throws Exception {
        FxThread.run(() -> {
            PlanListViewModel vm = new PlanListViewModel(() -> {
                throw new vn.kehoach.domain.UserError("db.connectionLost", "Z:\\kehoach.mv.db");
            }, new SameThreadTaskRunner(), reported::add);
            vm.load();
            assertThat(vm.shownPlans()).isEmpty();
            assertThat(vm.loadingProperty().get()).isFalse();
        });
        assertThat(reported).singleElement().extracting(Throwable::getLocalizedMessage).asString()
                .startsWith("Mất kết nối tới cơ sở dữ liệu");
    }

    @Test
    void datesAndWords() {
        assertThat(PlanListViewModel.dateText(LAO_CAI)).isEqualTo("12/01/2022");
        assertThat(PlanListViewModel.dateText(GIA_LAI)).isEqualTo("năm 2022");
        assertThat(PlanListViewModel.kindText(PlanKind.MOVEMENT)).isEqualTo("Phong trào thi đua");
        assertThat(PlanListViewModel.statusText(PlanStatus.DRAFT)).isEqualTo("Dự thảo");
    }

    @Test
    void titlesSortInVietnameseOrder() {
        List<String> titles = new ArrayList<>(List.of("Đề án", "Dự án", "Ăn", "Bảo", "An"));
        titles.sort(PlanListViewModel.titleOrder());
        assertThat(titles).containsExactly("An", "Ăn", "Bảo", "Dự án", "Đề án");
    }
}
