package vn.kehoach.ui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Office;
import vn.kehoach.domain.Organization;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.SameThreadTaskRunner;
import vn.kehoach.ui.UiTestData;

/** The Directory screen's Excel buttons, on the sample database: out, a bad row refused, fixed, in. */
class DirectoryTransferViewModelTest {
    @TempDir
    Path tmp;

    private AppContext ctx;
    private DirectoryTransferViewModel vm;
    private final AtomicInteger reloads = new AtomicInteger();
    private final List<Throwable> reported = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        UiTestData data = UiTestData.create(tmp);
        ctx = AppContext.open(data.home, data.file, false);
        Office office = new Office(ctx);
        FxThread.run(() -> vm = new DirectoryTransferViewModel(office::exportDirectory, office::importDirectory,
                new SameThreadTaskRunner(), reported::add, reloads::incrementAndGet));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aWorkbookWithABadRowChangesNothingAndNamesTheRowThenTheFixedOneUpdatesTheBody() throws Exception {
        Path book = tmp.resolve("danh-ba.xlsx");
        FxThread.run(() -> vm.exportTo(book));
        int bodies = ctx.organizations().all().size();
        assertThat(vm.outcomeProperty().get()).contains(String.valueOf(bodies), book.toString());

        int row = edit(book, 3, "Phường", null);
        FxThread.run(() -> vm.importFrom(book));
        assertThat(vm.problems()).singleElement().asString().contains(String.valueOf(row + 1));
        assertThat(vm.outcomeProperty().get()).contains("1");
        assertThat(reloads).hasValue(0);

        edit(book, 3, "Tỉnh", "12 Trần Hưng Đạo");
        FxThread.run(() -> vm.importFrom(book));
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.outcomeProperty().get()).contains("cập nhật 1");
        assertThat(reloads).hasValue(1);
        assertThat(ctx.organizations().all()).hasSize(bodies)
                .extracting(Organization::address).contains("12 Trần Hưng Đạo");
        assertThat(reported).isEmpty();
    }

    /** Sets the level (column D) and, when given, the address (column G) of the first province-level body row. */
    private static int edit(Path book, int levelColumn, String level, String address) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet bodies = wb.getSheetAt(0);
        int found = -1;
        for (Row r : bodies) {
            if (r.getRowNum() > 0 && r.getCell(levelColumn) != null
                    && List.of("Tỉnh", "Phường").contains(r.getCell(levelColumn).getStringCellValue())) {
                found = r.getRowNum();
                break;
            }
        }
        Row r = bodies.getRow(found);
        r.getCell(levelColumn).setCellValue(level);
        if (address != null) {
            r.createCell(6).setCellValue(address);
        }
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
        return found;
    }
}
