package vn.kehoach.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Plan;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.SameThreadTaskRunner;

/** The preview's view-model without a window: load, pages, zoom, exports read back, printing. */
class PrintPreviewViewModelTest {
    @TempDir
    Path tmp;
    AppContext ctx;
    Plan plan;
    final List<Throwable> reported = new ArrayList<>();

    @BeforeEach
    void open() {
        ctx = AppContext.open(new AppHome(tmp.resolve("home")), new DatabaseFile(tmp.resolve("db").resolve("kehoach")), true);
        new SampleLoader(ctx.database()).loadIntoEmpty();
        plan = ctx.plans().get(ctx.plans().summaries().stream().filter(s -> s.title().contains("Gia Lai"))
                .findFirst().orElseThrow().id());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private PrintPreviewViewModel vm(Printing printing) {
        return new PrintPreviewViewModel(PlanDocuments.of(ctx, plan.id()), printing, new SameThreadTaskRunner(), reported::add);
    }

    @Test
    void exportsDocxPdfAndTheDistributionListThatReadBack() throws Exception {
        Path out = tmp.resolve("out");
        FxThread.run(() -> {
            try (PrintPreviewViewModel vm = vm(noPrinter())) {
                vm.load();
                assertThat(vm.pageCountProperty().get()).isGreaterThan(1);
                assertThat(vm.pageTextProperty().get()).isEqualTo("Trang 1/" + vm.pageCountProperty().get());
                assertThat(vm.verdicts()).isNotEmpty().allMatch(PrintPreviewViewModel.Verdict::passed);
                vm.exportDocx(out.resolve("ke-hoach.docx"));
                assertThat(vm.messageProperty().get()).startsWith("Đã ghi ").endsWith("ke-hoach.docx");
                vm.exportPdf(out.resolve("ke-hoach.pdf"));
                vm.exportDistribution(out.resolve("gui.docx"));
                vm.exportDistribution(out.resolve("gui.pdf"));
                assertThat(vm.suggestedName("docx")).startsWith("to-chuc-hoi-nghi-so-ket").endsWith(".docx");
            }
        });
        assertThat(reported).isEmpty();
        try (InputStream in = Files.newInputStream(out.resolve("ke-hoach.docx")); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            assertThat(ex.getText()).contains("KẾ HOẠCH", plan.title().substring(0, 40));
        }
        try (PDDocument doc = Loader.loadPDF(out.resolve("ke-hoach.pdf").toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(plan.title().substring(0, 40));
        }
        try (InputStream in = Files.newInputStream(out.resolve("gui.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables()).isNotEmpty();
        }
        try (PDDocument doc = Loader.loadPDF(out.resolve("gui.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("DANH SÁCH");
        }
    }

    @Test
    void zoomStaysBetweenFiftyAndTwoHundredPercentAndPagesStayInRange() throws Exception {
        FxThread.run(() -> {
            try (PrintPreviewViewModel vm = vm(noPrinter())) {
                vm.load();
                vm.viewportWidthProperty().set(400);
                assertThat(vm.zoomProperty().get()).isBetween(0.5, 0.51); // 400 px is narrower than half an A4 page
                for (int i = 0; i < 20; i++) {
                    vm.zoomIn();
                }
                assertThat(vm.zoomTextProperty().get()).isEqualTo("200 %");
                for (int i = 0; i < 20; i++) {
                    vm.zoomOut();
                }
                assertThat(vm.zoomTextProperty().get()).isEqualTo("50 %");
                vm.fitWidthProperty().set(true);
                vm.viewportWidthProperty().set(794);
                assertThat(vm.zoomTextProperty().get()).isEqualTo("100 %");
                vm.previousPage();
                assertThat(vm.pageIndexProperty().get()).isZero();
                for (int i = 0; i < 50; i++) {
                    vm.nextPage();
                }
                assertThat(vm.pageIndexProperty().get()).isEqualTo(vm.pageCountProperty().get() - 1);
                javafx.scene.image.Image[] got = new javafx.scene.image.Image[1];
                vm.requestPage(0, img -> got[0] = img);
                assertThat(got[0]).isNotNull();
                assertThat(got[0].getWidth()).isBetween(790.0, 797.0);
            }
        });
    }

    @Test
    void printingSaysWhenThereIsNoPrinterAndSendsThePdfWhenThereIsOne() throws Exception {
        List<Path> printed = new ArrayList<>();
        FxThread.run(() -> {
            try (PrintPreviewViewModel vm = vm(noPrinter())) {
                vm.load();
                vm.print();
                assertThat(vm.messageProperty().get()).startsWith("Máy này chưa cài máy in nào");
            }
            try (PrintPreviewViewModel vm = vm(new Printing() {
                @Override
                public boolean hasPrinter() {
                    return true;
                }

                @Override
                public boolean print(Path pdf, String jobName) {
                    assertThat(Files.exists(pdf)).isTrue();
                    printed.add(pdf);
                    return true;
                }
            })) {
                vm.load();
                vm.print();
                assertThat(vm.messageProperty().get()).isEqualTo("Đã gửi bản in tới máy in.");
            }
        });
        assertThat(printed).hasSize(1);
        assertThat(printed.get(0)).doesNotExist(); // closing the preview deletes its temporary files
    }

    private static Printing noPrinter() {
        return new Printing() {
            @Override
            public boolean hasPrinter() {
                return false;
            }

            @Override
            public boolean print(Path pdf, String jobName) {
                throw new AssertionError("no printer");
            }
        };
    }
}
