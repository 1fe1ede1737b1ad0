package vn.kehoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * time from JVM start to the first window, to the main window's frame and to the main window with
 * its first screen's data. Needs a display (e.g. {@code xvfb-run -a}).
 */
@Command(name = "bench-startup")
final class BenchStartupCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--runs", defaultValue = "5", descriptionKey = "opt.benchRuns")
    int runs;

    /** E.g. {@code --java-option=-XX:SharedArchiveFile=kehoach.jsa}: the same start with and without class-data sharing. */
    @Option(names = "--java-option", paramLabel = "OPTION", descriptionKey = "opt.javaOption")
    List<String> javaOptions = new ArrayList<>();

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
        long[] frame = new long[runs];
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            Path result = folder.resolve("startup-" + i + ".txt");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(javaOptions);
            command.addAll(List.of("-Dkehoach.home=" + top.home().folder(), "-Dkehoach.bench.startupFile=" + result,
                    "-cp", classpath, "vn.kehoach.launcher.Main", "--db", file.dataFile().toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || !Files.exists(result)) {
                p.destroyForcibly();
                top.err().println(Messages.get("cli.benchStartup.failed"));
                return 1;
            }
            String[] times = Files.readString(result).trim().split(" ");
            first[i] = Long.parseLong(times[0]);
            frame[i] = Long.parseLong(times[1]);
            ms[i] = Long.parseLong(times[2]);
        }
        print("cli.benchStartup.first", first);
        print("app.start.benchMainFrame", frame);
        print("cli.benchStartup.result", ms);
        return 0;
    }

    /** One line: median, fastest and slowest of the runs. */
    private void print(String key, long[] ms) {
        Arrays.sort(ms);
        top.out().println(Messages.get(key, runs, ms[runs / 2], ms[0], ms[runs - 1]));
    }
}
