package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.document.Block.Para;
import vn.kehoach.document.Block.SectionStart;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.Plan;

/** A plan prints the appendices it switched on, in its order, and none when it has none. */
class AppendixChoiceTest {
    @TempDir
    Path dir;

    private static List<String> labels(LaidOutDocument d) {
        return d.blocks().stream().filter(b -> b instanceof Para p && (p.style() == ParaStyle.APPENDIX_LABEL
                || p.style() == ParaStyle.APPENDIX_TITLE)).map(b -> ((Para) b).text()).toList();
    }

    @Test
    void aPlanWithItsAppendicesSwitchedOffPrintsNone() throws Exception {
        Plan plan = PlanFixtures.giaLai();
        Plan off = plan.withAppendices(plan.appendices().stream().map(a -> a.withEnabled(false)).toList());
        PlanDocumentExporter exporter = new PlanDocumentExporter(PlanFixtures.lookup());
        LaidOutDocument d = exporter.layout(off);
        assertThat(labels(d)).isEmpty();
        assertThat(d.blocks()).noneMatch(b -> b instanceof SectionStart);
        Path pdf = dir.resolve("off.pdf");
        exporter.exportPdf(off, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Phụ lục").doesNotContain("Kèm theo");
        }
        assertThat(labels(exporter.layout(plan.withAppendices(List.of())))).isEmpty();
    }

    @Test
    void switchingOneOnPrintsItAloneAndUnnumbered() {
        Plan plan = PlanFixtures.giaLai();
        Plan one = plan.withAppendices(List.of(Appendix.of(AppendixKind.ASSIGNMENT).withEnabled(false),
                Appendix.of(AppendixKind.PRESENTATIONS)));
        assertThat(labels(new PlanDocumentExporter(PlanFixtures.lookup()).layout(one)))
                .containsExactly("Phụ lục", "DANH SÁCH BÁO CÁO THAM LUẬN");
    }

    @Test
    void appendicesPrintInThePlansOrderWithAFreeOne() {
        Plan plan = PlanFixtures.giaLai().withAppendices(List.of(
                Appendix.free("Danh mục điểm cầu", List.of(List.of("STT", "Điểm cầu"), List.of("1", "Hội trường tỉnh"))),
                Appendix.of(AppendixKind.PRESENTATIONS), Appendix.of(AppendixKind.ASSIGNMENT)));
        LaidOutDocument d = new PlanDocumentExporter(PlanFixtures.lookup()).layout(plan);
        assertThat(labels(d)).containsExactly("Phụ lục I", "DANH MỤC ĐIỂM CẦU", "Phụ lục II",
                "DANH SÁCH BÁO CÁO THAM LUẬN", "Phụ lục III", "BIỂU PHÂN CÔNG NHIỆM VỤ");
        Block.Table free = d.blocks().stream().filter(b -> b instanceof Block.Table t && t.borders())
                .map(b -> (Block.Table) b).findFirst().orElseThrow();
        assertThat(free.headerRows()).isEqualTo(1);
        assertThat(free.rows().get(1).get(1).get(0).text()).isEqualTo("Hội trường tỉnh");
    }

    @Test
    void aPlanStoredBeforeKeepsWhatItPrinted() {
        Plan plan = PlanFixtures.giaLai();
        assertThat(Appendix.asPrintedBefore(plan.tasks(), false)).extracting(Appendix::kind)
                .containsExactly(AppendixKind.ASSIGNMENT, AppendixKind.PRESENTATIONS);
        assertThat(Appendix.asPrintedBefore(List.of(), true)).extracting(Appendix::kind)
                .containsExactly(AppendixKind.AWARDS);
    }
}
