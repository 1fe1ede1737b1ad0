package vn.kehoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.document.PlanDocumentExporter;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench-export}: in one run, exports the Lào Cai sample plan to DOCX and to PDF with our
 * writers, and converts the same DOCX to PDF with LibreOffice ({@code soffice --headless
 * --convert-to pdf}); prints the medians as a Markdown table for README's Performance section.
 */
@Command(name = "bench-export")
final class BenchExportCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--runs", defaultValue = "5", descriptionKey = "bench-export.runs")
    int runs;

    @Option(names = "--soffice", defaultValue = "soffice", descriptionKey = "bench-export.soffice")
    String soffice;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("kehoach-bench-export");
        try (AppContext ctx = AppContext.open(top.home(), new DatabaseFile(folder.resolve("kehoach")), true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
            PlanSummary summary = ctx.plans().summaries().stream().filter(p -> p.title().contains("Lào Cai"))
                    .findFirst().orElse(ctx.plans().summaries().get(0));
            Plan plan = ctx.plans().get(summary.id());
            PlanDocumentExporter exporter = Documents.of(ctx).plan();
            Path docx = folder.resolve("ke-hoach.docx");
            Path pdf = folder.resolve("ke-hoach.pdf");

            long cold = System.nanoTime();
            exporter.exportPdf(plan, pdf);
            double coldPdf = (System.nanoTime() - cold) / 1e6;
            double docxMs = median(() -> exporter.exportDocx(plan, docx), 2);
            double pdfMs = median(() -> exporter.exportPdf(plan, pdf), 2);
            int ourPages = pages(pdf);

            Path outDir = folder.resolve("lo");
            Files.createDirectories(outDir);
            String profile = folder.resolve("lo-profile").toUri().toString();
            List<String> command = List.of(soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                    "pdf", "--outdir", outDir.toString(), docx.toString());
            long first = System.nanoTime();
            convert(command);
            double firstLo = (System.nanoTime() - first) / 1e6;
            double loMs = median(() -> convert(command), 0);
            int loPages = pages(outDir.resolve("ke-hoach.pdf"));

            top.out().printf("Kế hoạch: %s (%d trang PDF của ta, %d trang PDF của LibreOffice); %d lần đo, lấy trung vị.%n%n",
                    plan.title(), ourPages, loPages, runs);
            top.out().println("| thao tác | trung vị (ms) |");
            top.out().println("|---|---:|");
            top.out().printf("| DOCX (Apache POI) | %.0f |%n", docxMs);
            top.out().printf("| PDF (OpenPDF) | %.0f |%n", pdfMs);
            top.out().printf("| PDF (OpenPDF), lần đầu trong JVM | %.0f |%n", coldPdf);
            top.out().printf("| LibreOffice DOCX → PDF (mỗi lần một tiến trình) | %.0f |%n", loMs);
            top.out().printf("| LibreOffice, lần đầu (tạo hồ sơ người dùng) | %.0f |%n", firstLo);
            top.out().printf("%nPDF của ta / LibreOffice: %.3f (mục tiêu < 0,1)%n", pdfMs / loMs);
            return pdfMs < loMs / 10 ? 0 : 1;
        } finally {
            BenchDatabases.deleteQuietly(folder);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private double median(Work work, int warmUps) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static void convert(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice timed out");
        }
        if (p.exitValue() != 0) {
            throw new IOException("soffice exited with " + p.exitValue());
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
