package vn.kehoach.cli;

import vn.kehoach.cli.CliRun.Result;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.IssuedNumber;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.Database;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.NumberRegister;
import vn.kehoach.store.PlanRepository;

/** {@code plan-import} of an issued plan: its number is taken in the register, a taken number is refused. */
class PlanImportCliTest {
    @TempDir
    Path temp;

    Result run(String... args) {
        return CliRun.run(new AppHome(temp.resolve("home")), args);
    }

    @Test
    void theSameIssuedPlanTwiceIsRefusedNamingTheFirstAndComesInAsADraftWhenAsked() throws Exception {
        Path sample = temp.resolve("sample").resolve("kehoach.mv.db");
        Result init = run("--db", sample.toString(), "init-sample");
        assertThat(init.exit()).as(init.err()).isZero();
        String line = run("--db", sample.toString(), "plans").out().lines()
                .filter(l -> l.contains("25/KH-BCĐ")).findFirst().orElseThrow();
        String id = line.substring(0, line.indexOf('\t'));
        Path file = temp.resolve("25-KH-BCD.json");
        Result export = run("--db", sample.toString(), "plan-export", "--plan", id, "--out", file.toString());
        assertThat(export.exit()).as(export.err()).isZero();

        DatabaseFile target = new DatabaseFile(temp.resolve("office").resolve("kehoach"));
        Database.open(target, true).close();
        String db = target.toString();

        Result first = run("--db", db, "plan-import", file.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        Result second = run("--db", db, "plan-import", file.toString());
        assertThat(second.exit()).isEqualTo(1);
        Result draft = run("--db", db, "plan-import", "--as-draft", file.toString());
        assertThat(draft.exit()).as(draft.err()).isZero();

        try (Database opened = Database.open(target, false)) {
            List<Plan> plans = new PlanRepository(opened).summaries().stream()
                    .map(s -> new PlanRepository(opened).get(s.id())).toList();
            assertThat(plans).hasSize(2);
            Plan issued = plans.stream().filter(p -> p.status() == PlanStatus.ISSUED).findFirst().orElseThrow();
            Plan asDraft = plans.stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst().orElseThrow();
            assertThat(second.err()).contains("25/KH-BCĐ").contains("năm " + issued.header().year())
                    .contains(issued.title()).contains("--as-draft");
            assertThat(asDraft.header().number()).isNull();
            assertThat(asDraft.header().issueDate()).isNull();
            assertThat(asDraft.title()).isEqualTo(issued.title());
            assertThat(asDraft.tasks()).hasSameSizeAs(issued.tasks());
            List<IssuedNumber> register = new NumberRegister(opened).all();
            assertThat(register).singleElement().satisfies(n -> {
                assertThat(n.number()).isEqualTo(25);
                assertThat(n.symbol()).isEqualTo("KH-BCĐ");
                assertThat(n.planId()).isEqualTo(issued.id());
            });
        }
    }
}
