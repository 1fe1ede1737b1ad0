package vn.kehoach.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.store.BackupService;

/** {@code backup}: takes a compressed backup into this workstation's backup folder now. */
@Command(name = "backup")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Override
    public Integer call() {
        try (AppContext ctx = top.open(false)) {
            BackupService.Backup b = ctx.backups().backup(ctx.database());
            top.out().println(Messages.get("cli.backup.done", b.file().toString()));
        }
        return 0;
    }
}
