package vn.kehoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.BenchData;
import vn.kehoach.domain.Messages;
import vn.kehoach.store.DatabaseFile;

/**
 * {@code bench-startup}: starts the window N times on a province-sized database and reports the
 * time from JVM start to the main window. Needs a display (e.g. {@code xvfb-run -a}).
 */
@Command(name = "bench-startup")
final class BenchStartupCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--runs", defaultValue = "5", descriptionKey = "opt.benchRuns")
    int runs;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("kehoach-bench-startup");
        DatabaseFile file = new DatabaseFile(folder.resolve("kehoach"));
        try (AppContext ctx = AppContext.open(top.home(), file, true)) {
            BenchData.fill(ctx, 1_000, 200, 100, 50_000);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        long[] first = new long[runs];
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            Path result = folder.resolve("startup-" + i + ".txt");
            Process p = new ProcessBuilder(java, "-Dkehoach.home=" + top.home().folder(),
                    "-Dkehoach.bench.startupFile=" + result, "-cp", classpath, "vn.kehoach.launcher.Main",
                    "--db", file.dataFile().toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || !Files.exists(result)) {
                p.destroyForcibly();
                top.err().println(Messages.get("cli.benchStartup.failed"));
                return 1;
            }
            String[] times = Files.readString(result).trim().split(" ");
            first[i] = Long.parseLong(times[0]);
            ms[i] = Long.parseLong(times[1]);
        }
        Arrays.sort(first);
        Arrays.sort(ms);
        top.out().println(Messages.get("cli.benchStartup.first", runs, first[runs / 2], first[0], first[runs - 1]));
        top.out().println(Messages.get("cli.benchStartup.result", runs, ms[runs / 2], ms[0], ms[runs - 1]));
        return 0;
    }
}
