package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.store.PlanTransfer;

/**
 * {@code plan-import [--as-draft] FILE}: imports a plan file; bodies the directory lacks are added and
 * listed. An issued plan whose number is taken is refused; {@code --as-draft} brings it in as a draft
 * without number.
 */
@Command(name = "plan-import")
final class PlanImportCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Parameters(paramLabel = "FILE", descriptionKey = "opt.planImportFile")
    Path file;

    @Option(names = "--as-draft", descriptionKey = "opt.planImportAsDraft")
    boolean asDraft;

    @Override
    public Integer call() {
        try (AppContext ctx = top.open(false)) {
            PlanTransfer.Imported imported = new PlanTransfer(ctx.database()).importFile(file, asDraft);
            top.out().println(Messages.get("cli.planImport.done", imported.plan().id(), imported.plan().title()));
            for (Organization added : imported.addedBodies()) {
                top.out().println(Messages.get("cli.planImport.addedBody", added.fullName()));
            }
            imported.addedGroups().forEach(g -> top.out().println(Messages.get("cli.planImport.addedGroup", g.name())));
        }
        return 0;
    }
}
