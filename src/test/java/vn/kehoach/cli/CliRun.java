package vn.kehoach.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import vn.kehoach.store.AppHome;

/** Runs the command line in this JVM and keeps what it printed, for the CLI tests. */
final class CliRun {
    /** The exit code and what went to standard output and standard error. */
    record Result(int exit, String out, String err) {}

    private CliRun() {}

    static Result run(AppHome home, String... args) {
        return run(home, x -> { }, args);
    }

    static Result run(AppHome home, Consumer<String> windowLauncher, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KehoachCommand.run(home, args, windowLauncher, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }
}
