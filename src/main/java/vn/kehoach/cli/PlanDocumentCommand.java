package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.document.PlanExporter;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Plan;

/** The two commands that write a document of a plan: {@code export} (the plan) and {@code distribution}. */
abstract class PlanDocumentCommand implements Callable<Integer> {
    enum Format { docx, pdf }

    @ParentCommand
    KehoachCommand top;

    @Option(names = "--plan", required = true, paramLabel = "ID", descriptionKey = "opt.planId")
    long planId;

    @Option(names = "--format", required = true, paramLabel = "docx|pdf", descriptionKey = "opt.format")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "opt.out")
    Path out;

    private final Function<Documents, PlanExporter> exporter;
    private final String doneKey;

    PlanDocumentCommand(Function<Documents, PlanExporter> exporter, String doneKey) {
        this.exporter = exporter;
        this.doneKey = doneKey;
    }

    @Override
    public Integer call() {
        try (AppContext ctx = top.open(false)) {
            Plan plan = ctx.plans().get(planId);
            exporter.apply(Documents.of(ctx)).export(plan, PlanExporter.Format.valueOf(format.name().toUpperCase()), out);
            top.out().println(Messages.get(doneKey, plan.numberAndSymbol(), out.toString()));
        }
        return 0;
    }

    /** {@code export --plan ID --format docx|pdf --out FILE}: the plan in the official format. */
    @Command(name = "export")
    static final class Export extends PlanDocumentCommand {
        Export() {
            super(Documents::plan, "cli.export.done");
        }
    }

    /** {@code distribution --plan ID --format docx|pdf --out FILE}: the list for the records clerk. */
    @Command(name = "distribution")
    static final class Distribution extends PlanDocumentCommand {
        Distribution() {
            super(Documents::distribution, "cli.distribution.done");
        }
    }
}
