package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.store.PlanTransfer;

/** {@code plan-export --plan ID --out FILE}: writes the plan file (JSON) of one plan. */
@Command(name = "plan-export")
final class PlanExportCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--plan", required = true, paramLabel = "ID", descriptionKey = "opt.planId")
    long planId;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "opt.out")
    Path out;

    @Override
    public Integer call() {
        try (AppContext ctx = top.open(false)) {
            new PlanTransfer(ctx.database()).exportFile(planId, out);
            top.out().println(Messages.get("cli.planExport.done", planId, out.toString()));
        }
        return 0;
    }
}
