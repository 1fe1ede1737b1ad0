package vn.kehoach.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.domain.Messages;

/** {@code version}. */
@Command(name = "version")
final class VersionCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Override
    public Integer call() {
        String v = KehoachCommand.class.getPackage().getImplementationVersion();
        top.out().println(Messages.get("cli.version", v == null ? "dev" : v));
        return 0;
    }
}
