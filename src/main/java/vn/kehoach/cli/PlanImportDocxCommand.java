package vn.kehoach.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.document.AtomicFiles;
import vn.kehoach.document.wordimport.DocxPlanReader;
import vn.kehoach.document.wordimport.WordImport;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Plan;

/**
 * {@code plan-import-docx FILE.docx [--report REPORT.txt]}: reads a plan written in Word into a new
 * draft plan (no number, no day of issue) and prints the report of what was recognised where.
 */
@Command(name = "plan-import-docx")
final class PlanImportDocxCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Parameters(paramLabel = "FILE.docx", descriptionKey = "opt.planImportDocxFile")
    Path file;

    @Option(names = "--report", paramLabel = "REPORT.txt", descriptionKey = "opt.planImportDocxReport")
    Path reportFile;

    @Override
    public Integer call() {
        try (AppContext ctx = top.open(false)) {
            DocxPlanReader reader = new DocxPlanReader(ctx.organizations().all(), ctx.recipientGroups().all());
            WordImport imported = reader.read(file);
            Plan saved = ctx.plans().save(imported.plan());
            String report = imported.report().printed();
            if (reportFile != null) {
                AtomicFiles.write(reportFile, out -> out.write(report.getBytes(StandardCharsets.UTF_8)));
            }
            top.out().println(Messages.get("cli.planImportDocx.done", saved.id(), saved.title()));
            top.out().print(report);
            if (reportFile != null) {
                top.out().println(Messages.get("cli.planImportDocx.reportSaved", reportFile));
            }
        }
        return 0;
    }
}
