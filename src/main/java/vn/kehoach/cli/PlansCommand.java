package vn.kehoach.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.PlanSummary;

/** {@code plans}: one line per plan — id, number/symbol, status, title. */
@Command(name = "plans")
final class PlansCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Override
    public Integer call() {
        try (AppContext ctx = top.open(false)) {
            for (PlanSummary p : ctx.plans().summaries()) {
                top.out().printf("%d\t%s\t%s\t%s%n", p.id(), p.numberAndSymbol(),
                        Messages.get("plan.status." + p.status().name()), p.title());
            }
        }
        return 0;
    }
}
