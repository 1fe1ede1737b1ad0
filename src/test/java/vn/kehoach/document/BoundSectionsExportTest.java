package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.domain.Conference;
import vn.kehoach.domain.ConferenceFormat;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;

/** A plan written from the template prints its bound sections from its data. */
class BoundSectionsExportTest {
    @TempDir
    Path temp;

    @Test
    void boundSectionsWithNoTypedTextPrintWhatTheDataSays() throws Exception {
        try (AppContext ctx = AppContext.open(new AppHome(temp.resolve("home")),
                new DatabaseFile(temp.resolve("kehoach")), true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
            Organization women = ctx.organizations().all().stream()
                    .filter(o -> o.fullName().equals("Hội Liên hiệp Phụ nữ tỉnh Gia Lai")).findFirst().orElseThrow();
            Plan fromTemplate = PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2026);
            Conference conference = new Conference(null, ConferenceFormat.IN_PERSON, "01 buổi",
                    LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 20), null, null, null, List.of(),
                    List.of(new Conference.AttendeeGroup(null, Level.PROVINCE, "Thành viên Ban Chỉ đạo tỉnh", 40),
                            new Conference.AttendeeGroup(null, Level.COMMUNE, "Chủ tịch UBND các xã", 60)),
                    List.of());
            Task paper = Task.of(TaskKind.PRESENTATION, "Phụ nữ tham gia xây dựng nông thôn mới", women.id(),
                    List.of(), LocalDate.of(2026, 12, 1));
            Plan plan = ctx.plans().save(PlanEdit.of(fromTemplate)
                    .title("Tổ chức Hội nghị tổng kết năm 2026").tasks(List.of(paper)).conference(conference).build());

            Path pdf = temp.resolve("ke-hoach.pdf");
            Documents.of(ctx).plan().exportPdf(plan, pdf);
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            assertThat(text).contains("Dự kiến khoảng 100 người")
                    .contains("Thành viên Ban Chỉ đạo tỉnh")
                    .contains("Phụ nữ tham gia xây dựng nông thôn mới: Hội Liên hiệp Phụ nữ tỉnh Gia Lai");
        }
    }
}
