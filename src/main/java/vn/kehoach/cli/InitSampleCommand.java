package vn.kehoach.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.SampleData;
import vn.kehoach.domain.Messages;

/** {@code init-sample}: fills an empty database (created if missing) with the sample data. */
@Command(name = "init-sample")
final class InitSampleCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Override
    public Integer call() {
        // the sample is this command's work: a new default database is not filled on opening
        try (AppContext ctx = top.open(true, false)) {
            vn.kehoach.store.SampleLoader.Report report = SampleData.loadIntoEmpty(ctx);
            top.out().println(Messages.get("cli.initSample.done", report.organizations(), report.plans(),
                    ctx.database().location().toString()));
        }
        return 0;
    }
}
