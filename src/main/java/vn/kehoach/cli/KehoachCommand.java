package vn.kehoach.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.AppHome;

/**
 * The command line: {@code kehoach [--db PATH] [COMMAND]}. Without a command it opens the
 * window; with one it works headless over the same services as the window.
 */
@Command(name = "kehoach", mixinStandardHelpOptions = false, resourceBundle = "vn.kehoach.cli.cli")
public final class KehoachCommand implements Callable<Integer> {
    /** Every command, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(PlansCommand.class, InitSampleCommand.class, VersionCommand.class,
            BackupCommand.class, RestoreCommand.class, DbCopyCommand.class, PlanExportCommand.class, PlanImportCommand.class,
            PlanImportDocxCommand.class, PlanDocumentCommand.Export.class, PlanDocumentCommand.Distribution.class,
            CheckCommand.class, TasksCommand.class, TasksTemplateCommand.class, TasksImportCommand.class,
            AwardCommands.Movements.class, AwardCommands.Template.class, AwardCommands.Import.class,
            AwardCommands.DecisionListCommand.class, BenchCommand.class, BenchStartupCommand.class,
            BenchTasksCommand.class, BenchAwardsCommand.class, BenchExportCommand.class, OfficeCommands.Init.class,
            OfficeCommands.RemoveSample.class, OfficeCommands.Export.class, OfficeCommands.Import.class,
            OfficeCommands.RegisterSet.class, OfficeCommands.Register.class);

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT, descriptionKey = "opt.db")
    String db;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT, descriptionKey = "opt.help")
    boolean help;

    private AppHome home;
    private Consumer<String> windowLauncher;
    private PrintWriter out;
    private PrintWriter err;

    /** With this argument alone, {@code Main} starts a bare JavaFX window instead of the app ({@code bench-startup --baseline}). */
    public static final String BARE_WINDOW = "--bench-bare-window";

    /** Runs the command line; returns the exit code, or -1 when the window was opened. */
    public static int run(AppHome home, String[] args, Consumer<String> windowLauncher) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(home, args, windowLauncher, out, err);
    }

    /**
     * Runs the command line. What a command reports on standard output is held until the command
     * has returned, so after its database is closed: "Đã nhập…" is never printed for a change
     * that is not yet in the file.
     */
    public static int run(AppHome home, String[] args, Consumer<String> windowLauncher, PrintWriter out,
                          PrintWriter err) {
        java.io.StringWriter held = new java.io.StringWriter();
        try {
            return execute(home, args, windowLauncher, new PrintWriter(held, true), err);
        } finally {
            out.print(held);
            out.flush();
        }
    }

    private static int execute(AppHome home, String[] args, Consumer<String> windowLauncher, PrintWriter out,
                               PrintWriter err) {
        KehoachCommand top = new KehoachCommand();
        top.home = home;
        top.windowLauncher = windowLauncher;
        top.out = out;
        top.err = err;
        CommandLine cl = new CommandLine(top);
        for (Class<?> command : needed(args)) {
            cl.addSubcommand(command);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, badArgs) -> {
            err.println(describe(e));
            e.getCommandLine().usage(err);
            return 2;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError u) {
                err.println(u.getLocalizedMessage());
                return 1;
            }
            org.slf4j.LoggerFactory.getLogger(KehoachCommand.class).error("Command failed", e);
            err.println(vn.kehoach.domain.Messages.get("cli.error.unexpected", String.valueOf(e.getMessage())));
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * The commands the parser must know for these arguments. picocli builds a model of every command
     * it is given, by reflection over its options, before parsing anything (and its classes are too
     * old for class-data sharing); so it is given only the commands the arguments name — none for
     * the window — and all of them otherwise, for the usage to list them.
     */
    static List<Class<?>> needed(String[] args) {
        List<Class<?>> named = COMMANDS.stream()
                .filter(c -> Arrays.asList(args).contains(c.getAnnotation(Command.class).name())).toList();
        if (!named.isEmpty() || windowStart(args).isPresent()) {
            return named;
        }
        return COMMANDS;
    }

    /** A start of the window: the database it names, or null for the remembered one. */
    public record WindowStart(String db) {}

    /**
     * The start of the window these arguments ask for, when they are nothing else: none at all
     * (the menu entry's start, the remembered database), {@code --db PATH} or {@code --db=PATH}.
     * Anything else is a command line for picocli, mistakes included. The window starts without
     * building picocli's model, which costs it 0.1 s before the window can begin (README, Performance).
     */
    public static Optional<WindowStart> windowStart(String[] args) {
        if (args.length == 0) {
            return Optional.of(new WindowStart(null));
        }
        if (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > "--db=".length()) {
            return Optional.of(new WindowStart(args[0].substring("--db=".length())));
        }
        if (args.length == 2 && args[0].equals("--db") && !args[1].isEmpty() && !args[1].startsWith("-")) {
            return Optional.of(new WindowStart(args[1]));
        }
        return Optional.empty();
    }

    /** The Vietnamese sentence for a command line picocli could not parse. */
    private static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return vn.kehoach.domain.Messages.get("cli.error.unknownArgument", String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return vn.kehoach.domain.Messages.get("cli.error.missing", m.getMissing().stream()
                    .map(a -> a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        String where = e.getArgSpec() == null ? "" : e.getArgSpec().isOption()
                ? ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName() : e.getArgSpec().paramLabel();
        return vn.kehoach.domain.Messages.get("cli.error.invalidValue", where, String.valueOf(e.getValue()));
    }

    @Override
    public Integer call() {
        windowLauncher.accept(db);
        return -1;
    }

    /** Opens the chosen database; only the default one is created when missing unless asked. */
    AppContext open(boolean create) {
        return open(create, true);
    }

    /** As {@link #open(boolean)}; {@code sampleOnFirstStart} false keeps a new default database empty. */
    AppContext open(boolean create, boolean sampleOnFirstStart) {
        return AppContext.open(home, home.database(db), create, sampleOnFirstStart);
    }

    AppHome home() {
        return home;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }
}
