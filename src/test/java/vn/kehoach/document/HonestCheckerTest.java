package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.document.FormatReport.Finding;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanChecks;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanProblem;
import vn.kehoach.domain.PlanProblem.Severity;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.domain.UnitLookup;
import vn.kehoach.domain.Unfinished;

/**
 * One set of rules, two severities: a draft made from a template and left unfinished is flagged
 * "chưa hoàn thiện" by the builder's checks and by the DOCX checker alike; a finished plan passes both.
 */
class HonestCheckerTest {
    @TempDir
    Path dir;

    private static PlanChecks checks() {
        return new PlanChecks(UnitLookup.of(PlanFixtures.organizations().values()), Map.of(),
                java.time.LocalDate.of(2023, 9, 1));
    }

    /** A conference template with a title and a body, headings left empty and the closing's "…" kept. */
    private static Plan unfinishedDraft() {
        Plan p = PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2023);
        PlanHeader h = p.header();
        PlanHeader header = new PlanHeader(null, null, PlanFixtures.UBND_GIA_LAI, "Ủy ban nhân dân\ntỉnh Gia Lai", null,
                "KH-UBND", "Gia Lai", null, 2023);
        return vn.kehoach.domain.PlanEdit.of(p).header(header).title("Tổ chức Hội nghị sơ kết")
                .preamble("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:").build();
    }

    @Test
    void theBuilderFlagsAnUnfinishedDraft() {
        List<PlanProblem> problems = checks().check(unfinishedDraft());
        assertThat(problems).extracting(PlanProblem::kind).contains(PlanProblem.Kind.EMPTY_SECTION,
                PlanProblem.Kind.PLACEHOLDER);
        assertThat(problems).filteredOn(p -> p.kind() == PlanProblem.Kind.PLACEHOLDER)
                .allMatch(p -> p.severity() == Severity.UNFINISHED);
    }

    @Test
    void theDocxCheckerAgreesAndSaysItIsUnfinishedNotAFormatError() {
        Path docx = dir.resolve("draft.docx");
        new PlanDocumentExporter(PlanFixtures.lookup()).exportDocx(unfinishedDraft(), docx);
        FormatReport report = FormatChecker.check(docx);
        assertThat(report.passed()).isFalse();
        assertThat(report.failures(Severity.UNFINISHED)).extracting(Finding::rule)
                .contains(FormatRule.EMPTY_HEADINGS, FormatRule.PLACEHOLDERS);
        assertThat(report.failures(Severity.FORMAT)).as(report.toString()).isEmpty();
        assertThat(report.finding(FormatRule.PLACEHOLDERS).orElseThrow().toString()).contains("chưa hoàn thiện")
                .contains("…");
    }

    @Test
    void aFinishedPlanPassesBoth() {
        Plan plan = PlanFixtures.giaLai();
        assertThat(checks().check(plan)).filteredOn(p -> p.severity() == Severity.UNFINISHED)
                .extracting(PlanProblem::kind).doesNotContain(PlanProblem.Kind.PLACEHOLDER, PlanProblem.Kind.EMPTY_SECTION);
        Path docx = dir.resolve("finished.docx");
        new PlanDocumentExporter(PlanFixtures.lookup()).exportDocx(plan, docx);
        assertThat(FormatChecker.check(docx).failures()).isEmpty();
    }

    @Test
    void anIssuedPlanWithoutNumberOrDateIsUnfinished() {
        Plan plan = PlanFixtures.giaLai();
        PlanHeader h = plan.header();
        Plan noNumber = plan.withHeader(new PlanHeader(h.governingBodyId(), h.governingBody(), h.issuingBodyId(),
                h.issuingBody(), null, h.symbol(), h.place(), null, 2023));
        assertThat(checks().check(noNumber)).filteredOn(p -> p.severity() == Severity.UNFINISHED)
                .extracting(PlanProblem::kind).contains(PlanProblem.Kind.MISSING_NUMBER, PlanProblem.Kind.MISSING_DATE);
    }

    @Test
    void aNumberLineWithItsBlankCollapsedIsReportedWithWhatWasFound() throws Exception {
        Path docx = dir.resolve("collapsed.docx");
        new PlanDocumentExporter(PlanFixtures.lookup()).exportDocx(PlanFixtures.laiChauDraft(), docx);
        Path broken = dir.resolve("collapsed-broken.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            FormatCheckerTest.replace(doc, "Số:", "Số:/KH-UBND");
            try (OutputStream out = Files.newOutputStream(broken)) {
                doc.write(out);
            }
        }
        Finding f = FormatChecker.check(broken).finding(FormatRule.NUMBER_LINE).orElseThrow();
        assertThat(f.passed()).isFalse();
        assertThat(f.rule().severity()).isEqualTo(Severity.FORMAT);
        assertThat(f.message()).contains("«Số:/KH-UBND»").contains("không còn chỗ trống");
        assertThat(f.where()).contains("Số:/KH-UBND");
    }

    @Test
    void placeholdersAreNotAnEnumerationsEtc() {
        assertThat(Unfinished.placeholders("Trên đây là Kế hoạch …; các cơ quan phản ánh về … để tổng hợp")).hasSize(2);
        assertThat(Unfinished.placeholders("hạn chót ngày xx/xx/2023 [...]")).containsExactly("xx/xx", "[...]");
        assertThat(Unfinished.placeholders("trang trí khánh tiết ... đảm bảo; hội trường,... ; đất đai...) và vận động, ...)"))
                .isEmpty();
        assertThat(Unfinished.placeholders("các nội dung khác…")).isEmpty();
    }

    @Test
    void aFileThatSaysItIsIssuedMustCarryItsNumberAndDateADraftNeedNot() throws Exception {
        Plan issued = vn.kehoach.domain.PlanEdit.of(PlanFixtures.giaLai()).status(vn.kehoach.domain.PlanStatus.ISSUED)
                .build();
        Path docx = dir.resolve("issued.docx");
        new PlanDocumentExporter(PlanFixtures.lookup()).exportDocx(issued, docx);
        assertThat(FormatChecker.check(docx).finding(FormatRule.ISSUED_NUMBER_AND_DATE).orElseThrow().passed()).isTrue();

        Path draft = dir.resolve("draft.docx");
        new PlanDocumentExporter(PlanFixtures.lookup()).exportDocx(unfinishedDraft(), draft);
        assertThat(FormatChecker.check(draft).finding(FormatRule.ISSUED_NUMBER_AND_DATE).orElseThrow().passed()).isTrue();

        // the same blank-numbered file, marked issued by hand: the number is missing
        try (var in = java.nio.file.Files.newInputStream(draft);
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            doc.getProperties().getCoreProperties().setContentStatus(LaidOutDocument.ISSUED);
            FormatReport report = FormatChecker.check(doc);
            Finding f = report.finding(FormatRule.ISSUED_NUMBER_AND_DATE).orElseThrow();
            assertThat(f.passed()).isFalse();
            assertThat(report.failures(Severity.UNFINISHED)).contains(f);
            assertThat(f.toString()).contains("chưa có số");
        }
    }
}
