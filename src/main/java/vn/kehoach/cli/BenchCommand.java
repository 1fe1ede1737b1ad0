package vn.kehoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.BenchData;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.VietnameseText;
import vn.kehoach.store.DataLocation;

/**
 * {@code bench}: builds a large database (1,000 bodies, 200 plans, 20,000 tasks, 50,000
 * nominations) in a temporary folder and times the list and search operations the window runs.
 * Prints a Markdown table for README's Performance section.
 */
@Command(name = "bench")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--runs", defaultValue = "20", descriptionKey = "opt.benchRuns")
    int runs;

    @Override
    public Integer call() throws Exception {
        DataLocation file = BenchDatabases.fresh(top, "kehoach");
        long t0 = System.nanoTime();
        try (AppContext ctx = AppContext.open(top.home(), file, true)) {
            BenchData.Sizes sizes = BenchData.fill(ctx, 1_000, 200, 100, 50_000);
            top.out().printf("%s%n%n", vn.kehoach.domain.Messages.get("cli.bench.built", sizes.organizations(),
                    sizes.plans(), sizes.tasks(), sizes.nominations(), (System.nanoTime() - t0) / 1_000_000_000));
            top.out().println("| thao tác | trung vị (ms) | p95 (ms) |");
            top.out().println("|---|---:|---:|");
            time("plans().summaries() — 200 kế hoạch", () -> ctx.plans().summaries());
            List<PlanSummary> summaries = ctx.plans().summaries();
            time("tìm \"so ket gia lai\" trong 200 kế hoạch", () -> summaries.stream()
                    .filter(p -> VietnameseText.matches(p.searchText(), "so ket gia lai")).toList());
            time("organizations().all() — 1.000 cơ quan", () -> ctx.organizations().all());
            List<Organization> orgs = ctx.organizations().all();
            time("tìm \"phong noi vu\" trong 1.000 cơ quan", () -> orgs.stream()
                    .filter(o -> VietnameseText.matches(o.fullName() + " " + o.shortName(), "phong noi vu")).toList());
            time("sắp xếp 1.000 cơ quan theo tiếng Việt", () -> VietnameseText.sortedBy(orgs, Organization::fullName));
            time("plans().get() — 1 kế hoạch với 100 nhiệm vụ", () -> ctx.plans().get(summaries.get(0).id()));
            time("nhiệm vụ quá hạn trong 20.000 nhiệm vụ", () -> ctx.tasks().openDueBefore(LocalDate.of(2025, 6, 1)));
            long movement = ctx.awards().movements().get(0).id();
            time("awards().nominations() — 50.000 hồ sơ", () -> ctx.awards().nominations(movement));
            var nominations = ctx.awards().nominations(movement);
            time("tìm \"nguyen van\" trong 50.000 hồ sơ", () -> nominations.stream()
                    .filter(n -> VietnameseText.matches(n.nomineeName(), "nguyen van")).toList());
        }
        return 0;
    }

    private void time(String label, Supplier<?> work) {
        new BenchTimer(top.out(), runs).time(label, work);
    }
}
