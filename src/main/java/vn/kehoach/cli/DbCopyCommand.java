package vn.kehoach.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.domain.Messages;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.backup.DatabaseCopy;

/**
 * {@code db-copy [--from FILE|URL] --to FILE|URL}: moves an office from its file to a PostgreSQL
 * server, or back for an offline copy. The source defaults to the database {@code --db} chooses.
 */
@Command(name = "db-copy")
final class DbCopyCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--from", paramLabel = "FILE|URL", descriptionKey = "opt.copyFrom")
    String from;

    @Option(names = "--to", paramLabel = "FILE|URL", required = true, descriptionKey = "opt.copyTo")
    String to;

    @Override
    public Integer call() {
        DataLocation source = from == null ? top.home().database(top.db) : top.home().location(from);
        DataLocation target = top.home().location(to);
        DatabaseCopy.Report report = DatabaseCopy.copy(source, target);
        top.out().println(Messages.get("cli.dbCopy.done", report.total(), report.rows().size(), source.toString(),
                target.toString()));
        return 0;
    }
}
