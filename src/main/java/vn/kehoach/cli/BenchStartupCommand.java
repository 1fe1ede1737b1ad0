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
 * time from launching the process to the first window, to the main window's frame and to the
 * main window with its first screen's data. Needs a display (e.g. {@code xvfb-run -a}).
 */
@Command(name = "bench-startup")
final class BenchStartupCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--runs", defaultValue = "5", descriptionKey = "opt.benchRuns")
    int runs;

    /** E.g. {@code --java-option=-XX:SharedArchiveFile=kehoach-window.jsa}: the same start with and without class-data sharing. */
    @Option(names = "--java-option", paramLabel = "OPTION", descriptionKey = "opt.javaOption")
    List<String> javaOptions = new ArrayList<>();

    /** The sample database (3 plans) instead of the province-sized one. */
    @Option(names = "--sample", descriptionKey = "opt.benchSample")
    boolean sample;

    /** Then opens the 14-page Lào Cai plan in the builder and measures the process's memory there. */
    @Option(names = "--builder", descriptionKey = "opt.benchBuilder")
    boolean builder;

    /** Each run also starts a bare JavaFX window the same way: the floor the first window is compared with. */
    @Option(names = "--baseline", descriptionKey = "opt.benchBaseline")
    boolean baseline;

    private long builderPlan;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("kehoach-bench-startup");
        try {
            return measure(folder);
        } finally {
            BenchDatabases.deleteQuietly(folder);
        }
    }

    private int measure(Path folder) throws Exception {
        DatabaseFile file = new DatabaseFile(folder.resolve("kehoach"));
        try (AppContext ctx = AppContext.open(top.home(), file, true)) {
            if (sample) {
                vn.kehoach.app.SampleData.loadIntoEmpty(ctx);
            } else {
                BenchData.fill(ctx, 1_000, 200, 100, 50_000);
            }
            builderPlan = ctx.plans().summaries().stream().filter(p -> p.title().contains("Lào Cai")).findFirst()
                    .orElse(ctx.plans().summaries().get(0)).id();
        }
        long[] first = new long[runs];
        long[] frame = new long[runs];
        long[] ms = new long[runs];
        long[] residentMb = new long[runs];
        long[] builderMs = new long[runs];
        long[] builderMb = new long[runs];
        long[] peakMb = new long[runs];
        long[] bareMs = new long[runs];
        long[] bareMb = new long[runs];
        for (int i = 0; i < runs; i++) {
            if (baseline) { // alternately, so that both see the same load
                long[] bare = startOnce(folder.resolve("bare-" + i + ".txt"), List.of(KehoachCommand.BARE_WINDOW));
                if (bare == null) {
                    return 1;
                }
                bareMs[i] = bare[0];
                bareMb[i] = bare[1] / 1024;
            }
            long[] times = startOnce(folder.resolve("startup-" + i + ".txt"), List.of("--db", file.dataFile().toString()));
            if (times == null) {
                return 1;
            }
            first[i] = times[0];
            frame[i] = times[1];
            ms[i] = times[2];
            residentMb[i] = times[3] / 1024;
            if (builder) {
                builderMs[i] = times[4];
                builderMb[i] = times[5] / 1024;
                peakMb[i] = times[6] / 1024;
            }
        }
        if (baseline) {
            print("cli.benchStartup.bare", bareMs);
            print("cli.benchStartup.bareResident", bareMb);
        }
        print("cli.benchStartup.first", first);
        print("app.start.benchMainFrame", frame);
        print("cli.benchStartup.result", ms);
        print("cli.benchStartup.resident", residentMb);
        if (builder) {
            print("cli.benchStartup.builder", builderMs);
            print("cli.benchStartup.builderResident", builderMb);
            print("cli.benchStartup.peak", peakMb);
        }
        return 0;
    }

    /** Starts {@code Main} with {@code args} in a JVM of its own; the numbers it wrote, or null when it failed. */
    private long[] startOnce(Path result, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions);
        command.addAll(List.of("-Dkehoach.home=" + top.home().folder(), "-Dkehoach.bench.startupFile=" + result,
                "-Dkehoach.bench.builderPlan=" + (builder ? Long.toString(builderPlan) : ""),
                // timed from here, the wall clock of the whole start, not from the JVM's own start time
                "-Dkehoach.bench.launchedAt=" + System.currentTimeMillis(),
                "-cp", System.getProperty("java.class.path"), "vn.kehoach.launcher.Main"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || !Files.exists(result)) {
            p.destroyForcibly();
            top.err().println(Messages.get("cli.benchStartup.failed"));
            return null;
        }
        return Arrays.stream(Files.readString(result).trim().split(" ")).mapToLong(Long::parseLong).toArray();
    }

    /** One line: median, fastest and slowest of the runs. */
    private void print(String key, long[] ms) {
        Arrays.sort(ms);
        top.out().println(Messages.get(key, runs, ms[runs / 2], ms[0], ms[runs - 1]));
    }
}
