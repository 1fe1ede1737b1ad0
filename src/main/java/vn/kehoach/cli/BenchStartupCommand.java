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

    /** The sample database (3 plans) instead of the province-sized one. */
    @Option(names = "--sample", descriptionKey = "opt.benchSample")
    boolean sample;

    /** Then opens the 14-page Lào Cai plan in the builder and measures the process's memory there. */
    @Option(names = "--builder", descriptionKey = "opt.benchBuilder")
    boolean builder;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("kehoach-bench-startup");
        DatabaseFile file = new DatabaseFile(folder.resolve("kehoach"));
        long builderPlan;
        try (AppContext ctx = AppContext.open(top.home(), file, true)) {
            if (sample) {
                vn.kehoach.app.SampleData.loadIntoEmpty(ctx);
            } else {
                BenchData.fill(ctx, 1_000, 200, 100, 50_000);
            }
            builderPlan = ctx.plans().summaries().stream().filter(p -> p.title().contains("Lào Cai")).findFirst()
                    .orElse(ctx.plans().summaries().get(0)).id();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        long[] first = new long[runs];
        long[] frame = new long[runs];
        long[] ms = new long[runs];
        long[] residentMb = new long[runs];
        long[] builderMs = new long[runs];
        long[] builderMb = new long[runs];
        long[] peakMb = new long[runs];
        for (int i = 0; i < runs; i++) {
            Path result = folder.resolve("startup-" + i + ".txt");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(javaOptions);
            command.addAll(List.of("-Dkehoach.home=" + top.home().folder(), "-Dkehoach.bench.startupFile=" + result,
                    "-Dkehoach.bench.builderPlan=" + (builder ? Long.toString(builderPlan) : ""),
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
            residentMb[i] = Long.parseLong(times[3]) / 1024;
            if (builder) {
                builderMs[i] = Long.parseLong(times[4]);
                builderMb[i] = Long.parseLong(times[5]) / 1024;
                peakMb[i] = Long.parseLong(times[6]) / 1024;
            }
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

    /** One line: median, fastest and slowest of the runs. */
    private void print(String key, long[] ms) {
        Arrays.sort(ms);
        top.out().println(Messages.get(key, runs, ms[runs / 2], ms[0], ms[runs - 1]));
    }
}
