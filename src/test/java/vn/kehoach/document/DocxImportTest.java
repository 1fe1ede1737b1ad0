package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;

import vn.kehoach.document.wordimport.DocxPlanReader;
import vn.kehoach.document.wordimport.WordImport;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.VietnameseText;

/** A plan exported by the app to DOCX and imported again is the same plan. */
class DocxImportTest {

    static byte[] export(Plan plan) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(new PlanLayout(PlanFixtures.lookup()).layout(plan), out);
        return out.toByteArray();
    }

    static WordImport importBytes(byte[] docx) {
        Map<Long, Organization> orgs = PlanFixtures.organizations();
        return new DocxPlanReader(orgs.values(), List.of()).read(new ByteArrayInputStream(docx), "test.docx");
    }

    @Test
    void fixturePlansRoundTrip() throws Exception {
        for (Plan plan : List.of(PlanFixtures.giaLai(), PlanFixtures.laiChauDraft())) {
            WordImport back = importBytes(export(plan));
            assertSamePlan(plan, back);
        }
    }

    @TempDir
    Path temp;

    @Test
    void everySamplePlanExportedByTheAppImportsAsTheSamePlan() throws Exception {
        try (AppContext ctx = AppContext.open(new AppHome(temp.resolve("home")), new DatabaseFile(temp.resolve("kehoach")), true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
            Documents documents = Documents.of(ctx);
            DocxPlanReader reader = new DocxPlanReader(ctx.organizations().all(), ctx.recipientGroups().all());
            List<PlanSummary> summaries = ctx.plans().summaries();
            assertThat(summaries).hasSize(3);
            for (PlanSummary summary : summaries) {
                Plan plan = ctx.plans().get(summary.id());
                Path docx = temp.resolve("plan-" + summary.id() + ".docx");
                documents.plan().exportDocx(plan, docx);
                WordImport back = reader.read(docx);
                assertSamePlan(plan, back);
                assertThat(back.plan().header().issuingBodyId()).as(plan.title()).isEqualTo(plan.header().issuingBodyId());
                Plan saved = ctx.plans().save(back.plan());
                assertThat(saved.id()).isNotNull();
                assertThat(ctx.plans().get(saved.id()).status()).isEqualTo(vn.kehoach.domain.PlanStatus.DRAFT);
            }
        }
    }

    /** Header, outline as printed (levels, headings, texts), signature, recipients and archive line. */
    static void assertSamePlan(Plan plan, WordImport back) {
        Plan got = back.plan();
        String title = plan.title();
        assertThat(upper(got.header().issuingBody())).as(title).isEqualTo(upper(plan.header().issuingBody()));
        assertThat(upper(got.header().governingBody())).as(title).isEqualTo(upper(plan.header().governingBody()));
        assertThat(got.header().symbol()).isEqualTo(plan.header().symbol());
        assertThat(got.header().place()).isEqualTo(plan.header().place());
        assertThat(got.header().year()).isEqualTo(plan.header().year());
        assertThat(back.sourceNumber()).isEqualTo(plan.header().number());
        assertThat(back.sourceDate()).isEqualTo(plan.header().issueDate());
        assertThat(got.header().number()).isNull();
        assertThat(got.title()).isEqualTo(plan.title().replace('\n', ' '));
        assertThat(got.legalBases()).isEqualTo(plan.legalBases().stream()
                .map(b -> OfficialWording.endWith(b, "")).toList());
        assertThat(got.preamble()).isEqualTo(plan.preamble());
        assertThat(printed(got.outline())).as(title).containsExactlyElementsOf(printed(plan.outline()));
        assertThat(OfficialWording.closing(got.closingText())).isEqualTo(OfficialWording.closing(plan.closingText()));
        assertThat(got.signature().authorityLines()).isEqualTo(plan.signature().authorityLines());
        assertThat(got.signature().signerName()).isEqualTo(plan.signature().signerName());
        assertThat(got.recipients().stream().map(Recipient::printed).map(r -> OfficialWording.endWith(r, "")).toList())
                .isEqualTo(plan.recipients().stream().map(Recipient::printed).map(r -> OfficialWording.endWith(r, "")).toList());
        assertThat(PlanLayout.archiveLine(got.archiveLine())).isEqualTo(PlanLayout.archiveLine(plan.archiveLine()));
    }

    private static String upper(String s) {
        return s == null ? null : VietnameseText.upper(s);
    }

    /**
     * The outline as it prints: a numbered line per section (level and heading, or level and first text
     * line), then each further text line; a heading's text and a PARAGRAPH child print alike.
     */
    static List<String> printed(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            List<String> text = s.text() == null ? List.of() : List.of(s.text().split("\n"));
            if (s.level() == SectionLevel.PARAGRAPH) {
                text.forEach(t -> out.add("¶ " + t));
            } else if (s.heading() != null) {
                out.add(s.level() + " # " + upper(s.heading()));
                text.forEach(t -> out.add("¶ " + t));
            } else {
                out.add(s.level() + " " + (text.isEmpty() ? "" : text.get(0)));
                text.stream().skip(1).forEach(t -> out.add("¶ " + t));
            }
            out.addAll(printed(s.children()));
        }
        return out;
    }
}
