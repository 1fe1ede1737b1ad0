package vn.kehoach.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.app.AppContext;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.SameThreadTaskRunner;

/** The first start's sample import tells the waiting person each step as it begins. */
class OfficeStartViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void theSampleImportReportsEachStepOnTheBusyLineThenOpensTheMainWindow() throws Exception {
        try (AppContext ctx = AppContext.open(new AppHome(tmp.resolve("home")),
                new DatabaseFile(tmp.resolve("db").resolve("kehoach")), true)) {
            List<String> shown = new ArrayList<>();
            AtomicBoolean done = new AtomicBoolean();
            FxThread.run(() -> {
                OfficeStartViewModel vm = new OfficeStartViewModel(ctx, new SameThreadTaskRunner(), () -> done.set(true));
                vm.busyProperty().addListener((o, was, now) -> shown.add(now));
                vm.useSample();
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, done::get);

            assertThat(shown).containsSubsequence(
                    "Đang nạp dữ liệu mẫu…",
                    "Đang nạp dữ liệu mẫu, bước 1/4: danh bạ cơ quan, đơn vị, người ký, hình thức khen thưởng…",
                    "Đang nạp dữ liệu mẫu, bước 2/4: kế hoạch mẫu 1 trong 3…",
                    "Đang nạp dữ liệu mẫu, bước 3/4: kế hoạch mẫu 2 trong 3…",
                    "Đang nạp dữ liệu mẫu, bước 4/4: kế hoạch mẫu 3 trong 3…");
            assertThat(ctx.plans().summaries()).hasSize(3);
        }
    }
}
