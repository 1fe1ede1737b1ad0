package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.store.PlanTransfer;

/** {@code plan-import FILE}: imports a plan file; bodies the directory lacks are added and listed. */
@Command(name = "plan-import")
final class PlanImportCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Parameters(paramLabel = "FILE", descriptionKey = "opt.planImportFile")
    Path file;

    @Override
    public Integer call() {
        try (AppContext ctx = top.open(false)) {
            PlanTransfer.Imported imported = new PlanTransfer(ctx.database()).importFile(file);
            top.out().println(Messages.get("cli.planImport.done", imported.plan().id(), imported.plan().title()));
            for (Organization added : imported.addedBodies()) {
                top.out().println(Messages.get("cli.planImport.addedBody", added.fullName()));
            }
            imported.addedGroups().forEach(g -> top.out().println(Messages.get("cli.planImport.addedGroup", g.name())));
        }
        return 0;
    }
}
