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

/** {@code tasks-template --out FILE}: the XLSX template units fill in for {@code tasks-import}. */
@Command(name = "tasks-template")
final class TasksTemplateCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "taskexport.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (AppContext ctx = top.open(false)) {
            java.util.List<Organization> units = ctx.organizations().all();
            AtomicFiles.write(out, os -> TaskSheets.writeTemplate(units, os));
            top.out().println(Messages.get("cli.tasks.templateWritten", out.toString()));
        }
        return 0;
    }
}
