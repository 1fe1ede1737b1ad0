package vn.kehoach.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.Supplier;

/** Times an operation for the bench commands: warm-up, N runs, one Markdown table row (median, p95). */
final class BenchTimer {
    private final PrintWriter out;
    private final int runs;

    BenchTimer(PrintWriter out, int runs) {
        this.out = out;
        this.runs = Math.max(1, runs);
    }

    void header(String operation) {
        out.println("| " + operation + " | trung vị (ms) | p95 (ms) |");
        out.println("|---|---:|---:|");
    }

    void time(String label, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("| %s | %.1f | %.1f |%n", label, ms[runs / 2], ms[Math.min(runs - 1, (int) (runs * 0.95))]);
    }
}
