package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Plan;

/** {@code distribution --plan ID --format docx|pdf --out FILE}: the list for the records clerk. */
@Command(name = "distribution")
final class DistributionCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--plan", required = true, paramLabel = "ID", descriptionKey = "opt.planId")
    long planId;

    @Option(names = "--format", required = true, paramLabel = "docx|pdf", descriptionKey = "opt.format")
    ExportCommand.Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "opt.out")
    Path out;

    @Override
    public Integer call() {
        try (AppContext ctx = top.open(false)) {
            Plan plan = ctx.plans().get(planId);
            var exporter = Documents.of(ctx).distribution();
            if (format == ExportCommand.Format.docx) {
                exporter.exportDocx(plan, out);
            } else {
                exporter.exportPdf(plan, out);
            }
            top.out().println(Messages.get("cli.distribution.done", plan.numberAndSymbol(), out.toString()));
        }
        return 0;
    }
}
