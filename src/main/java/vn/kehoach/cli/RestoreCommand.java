package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.DatabaseRestore;
import vn.kehoach.domain.Messages;
import vn.kehoach.store.BackupService;

/** {@code restore FILE}: backs up the current database, then replaces it with the backup FILE. */
@Command(name = "restore")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Parameters(paramLabel = "FILE", descriptionKey = "opt.restoreFile")
    Path file;

    @Override
    public Integer call() {
        DatabaseRestore.Outcome outcome = DatabaseRestore.restore(top.home(), top.home().database(top.db), file);
        top.out().println(Messages.get("cli.restore.done", file.toString(), outcome.previousCopy()));
        return 0;
    }
}
