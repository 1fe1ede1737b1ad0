package vn.kehoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.document.TaskSheets;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.UserError;

/**
 * {@code tasks-import --plan ID FILE}: appends the tasks of an XLSX (the template's layout) to a
 * plan in one transaction. Any wrong row: nothing is imported, the row report goes to stderr, exit 2.
 */
@Command(name = "tasks-import")
final class TasksImportCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--plan", required = true, paramLabel = "ID", descriptionKey = "taskexport.plan")
    long planId;

    @Parameters(paramLabel = "FILE", descriptionKey = "taskimport.file")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UserError("cli.tasks.fileMissing", file.toString());
        }
        try (AppContext ctx = top.open(false)) {
            ctx.plans().get(planId);
            TaskSheets.ImportResult result = TaskSheets.read(file, ctx.organizations().all());
            if (!result.ok()) {
                result.problems().forEach(p -> top.err().println(p));
                top.err().println(Messages.get("cli.tasks.importRefused", result.problems().size()));
                return 2;
            }
            ctx.taskService().addAll(planId, result.tasks());
            top.out().println(Messages.get("cli.tasks.imported", result.tasks().size(), planId));
        }
        return 0;
    }
}
