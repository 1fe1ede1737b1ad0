package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.document.AtomicFiles;
import vn.kehoach.document.TaskSheets;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskMatrix;
import vn.kehoach.domain.UnitLookup;
import vn.kehoach.domain.UserError;

/** {@code tasks --plan ID --format xlsx --out FILE [--matrix]}: the task list (or the matrix) of a plan as XLSX. */
@Command(name = "tasks")
final class TasksCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--plan", required = true, paramLabel = "ID", descriptionKey = "taskexport.plan")
    long planId;

    @Option(names = "--format", defaultValue = "xlsx", paramLabel = "FORMAT", descriptionKey = "taskexport.format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "taskexport.out")
    Path out;

    @Option(names = "--matrix", descriptionKey = "taskexport.matrix")
    boolean matrix;

    @Override
    public Integer call() throws Exception {
        if (!"xlsx".equalsIgnoreCase(format)) {
            throw new UserError("cli.tasks.badFormat", format);
        }
        try (AppContext ctx = top.open(false)) {
            ctx.plans().get(planId);
            java.util.List<Task> tasks = ctx.tasks().ofPlan(planId);
            java.util.List<Organization> units = ctx.organizations().all();
            if (matrix) {
                TaskMatrix m = TaskMatrix.build(tasks, units, false);
                AtomicFiles.write(out, os -> TaskSheets.writeMatrix(m, os));
            } else {
                AtomicFiles.write(out, os -> TaskSheets.writeTaskList(tasks, UnitLookup.of(units), os));
            }
            top.out().println(Messages.get("cli.tasks.exported", tasks.size(), out.toString()));
        }
        return 0;
    }
}
