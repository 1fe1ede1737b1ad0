package vn.kehoach.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.cli.KehoachCommand;
import vn.kehoach.document.FormatChecker;
import vn.kehoach.document.FormatReport;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;

/** The decision list in the official format: a DOCX the checker passes, a PDF, and the plan's appendix. */
class DecisionListDocumentTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 9, 1);

    @TempDir
    Path temp;
    AppHome home;
    Path dbFile;
    AppContext ctx;
    Movement movement;
    Plan plan;

    @BeforeEach
    void open() {
        home = new AppHome(temp.resolve("home"));
        dbFile = temp.resolve("db").resolve("kehoach");
        ctx = AppContext.open(home, new DatabaseFile(dbFile), true);
        new SampleLoader(ctx.database()).loadIntoEmpty();
        AwardSeed.ensure(ctx.awards());
        movement = ctx.awards().movements().get(0);
        plan = ctx.plans().get(movement.planId());
        List<AwardForm> forms = ctx.awards().forms();
        AwardForm merit = forms.stream().filter(f -> f.name().startsWith("Bằng khen của Chủ tịch")).findFirst().orElseThrow();
        AwardForm flag = forms.stream().filter(f -> f.name().startsWith("Cờ thi đua")).findFirst().orElseThrow();
        Organization agriculture = ctx.organizations().all().stream()
                .filter(o -> o.fullName().startsWith("Sở Nông nghiệp")).findFirst().orElseThrow();
        ctx.awards().saveNominations(List.of(
                nomination(NomineeKind.INDIVIDUAL, "Vàng A Dế", "Chuyên viên", agriculture.id(), merit),
                nomination(NomineeKind.INDIVIDUAL, "Đỗ Thị Dung", "Phó Trưởng phòng", agriculture.id(), merit),
                nomination(NomineeKind.INDIVIDUAL, "Dương Văn Cường", null, agriculture.id(), merit),
                nomination(NomineeKind.COLLECTIVE, "Xã Bình Lư", null, null, flag)));
    }

    private Nomination nomination(NomineeKind kind, String name, String position, Long unit, AwardForm form) {
        return new Nomination(null, movement.id(), kind, name, position, unit, null, null, null,
                "Hoàn thành xuất sắc nhiệm vụ xây dựng nông thôn mới", form.id(), unit, LocalDate.of(2024, 1, 3),
                NominationStatus.CHECKED, null, null, null, null, null, false);
    }

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    @Test
    void theStandAloneListPassesTheCheckerAndReadsBack() throws Exception {
        AwardService service = ctx.awardService();
        Path docx = temp.resolve("out").resolve("danh-sach.docx");
        Path pdf = temp.resolve("out").resolve("danh-sach.pdf");
        service.exportDecisionListDocument(movement.id(), AS_OF, docx, false);
        service.exportDecisionListDocument(movement.id(), AS_OF, pdf, true);

        FormatReport report = FormatChecker.check(docx);
        assertThat(report.failures()).as(report.toString()).isEmpty();
        String text;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            text = ex.getText();
        }
        assertThat(text).contains("DANH SÁCH", "Số:      /DS-UBND", "Dương Văn Cường", "Đỗ Thị Dung", "Vàng A Dế",
                "Xã Bình Lư", "Tổng cộng", "Sở Nội vụ (Ban Thi đua - Khen thưởng);", "./.");
        // Vietnamese order inside the group: Dương < Đỗ < Vàng
        assertThat(text.indexOf("Dương Văn Cường")).isLessThan(text.indexOf("Đỗ Thị Dung"));
        assertThat(text.indexOf("Đỗ Thị Dung")).isLessThan(text.indexOf("Vàng A Dế"));
        long total = service.decisionList(movement.id(), AS_OF).grandTotal();
        assertThat(total).isPositive();
        String money = vn.kehoach.document.DecisionListLayout.money(total);
        assertThat(text).contains(money);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("DANH SÁCH", "Dương Văn Cường", "Đỗ Thị Dung", money);
        }
    }

    @Test
    void thePlanOfTheMovementGetsTheAwardListAsALandscapeAppendix() throws Exception {
        // appendices are the plan's choice: the clerk switches the award list on
        java.util.List<vn.kehoach.domain.Appendix> appendices = new java.util.ArrayList<>(plan.appendices());
        appendices.removeIf(a -> a.kind() == vn.kehoach.domain.AppendixKind.AWARDS);
        appendices.add(vn.kehoach.domain.Appendix.of(vn.kehoach.domain.AppendixKind.AWARDS));
        plan = ctx.plans().save(plan.withAppendices(appendices));
        Path docx = temp.resolve("plan.docx");
        Documents.of(ctx).plan().exportDocx(plan, docx);
        assertThat(FormatChecker.check(docx).failures()).isEmpty();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText();
            assertThat(text).contains("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "Tóm tắt thành tích", "Vàng A Dế");
            long landscape = doc.getDocument().getBody().getPList().stream()
                    .filter(p -> p.getPPr() != null && p.getPPr().isSetSectPr())
                    .map(p -> p.getPPr().getSectPr().getPgSz())
                    .filter(s -> s != null && s.getOrient() != null && s.getOrient().toString().equals("landscape"))
                    .count();
            long lastLandscape = doc.getDocument().getBody().getSectPr().getPgSz().getOrient() == null ? 0
                    : doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString().equals("landscape") ? 1 : 0;
            assertThat(landscape + lastLandscape).isPositive();
        }
        // a plan without nominations has no award appendix
        Plan other = ctx.plans().get(ctx.plans().summaries().stream().filter(s -> s.id() != plan.id())
                .findFirst().orElseThrow().id());
        Path otherDocx = temp.resolve("other.docx");
        Documents.of(ctx).plan().exportDocx(other, otherDocx);
        try (InputStream in = Files.newInputStream(otherDocx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            assertThat(ex.getText()).doesNotContain("ĐỀ NGHỊ KHEN THƯỞNG");
        }
    }

    @Test
    void theCommandLineWritesDocxAndPdf() throws Exception {
        ctx.close();
        ctx = null;
        Path docx = temp.resolve("cli.docx");
        Path pdf = temp.resolve("cli.pdf");
        assertThat(run("--db", dbFile.toString(), "awards", "--movement", movement.id().toString(), "--format", "docx",
                "--as-of", "2024-09-01", "--out", docx.toString())).isZero();
        assertThat(run("--db", dbFile.toString(), "awards", "--movement", movement.id().toString(), "--format", "pdf",
                "--out", pdf.toString())).isZero();
        assertThat(FormatChecker.check(docx).passed()).isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isPositive();
        }
    }

    private int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        return KehoachCommand.run(home, args, s -> { }, new PrintWriter(out), new PrintWriter(err));
    }
}
