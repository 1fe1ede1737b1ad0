package vn.kehoach.cli;

import vn.kehoach.cli.CliRun.Result;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.store.AppHome;

/** The command line, run in-process on a database in a temporary folder. */
class CliTest {
    @TempDir
    Path temp;

    private final List<String> windowsOpened = new ArrayList<>();

    Result run(String... args) {
        return CliRun.run(new AppHome(temp.resolve("home")), windowsOpened::add, args);
    }

    @Test
    void initSampleOnTheDefaultDatabaseOfAFreshHomeLoadsTheSampleOnce() {
        Result r = run("init-sample");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("139", "3 kế hoạch");
        assertThat(run("plans").out().lines().count()).isEqualTo(3);
    }

    @Test
    void versionPrints() {
        Result r = run("version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Kế hoạch phiên bản");
    }

    @Test
    void unknownCommandsAndBadOptionsPrintUsageAndFail() {
        Result unknown = run("xoa-het");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("Cách dùng:").contains("plans");
        Result badOption = run("plans", "--khong-co");
        assertThat(badOption.exit()).isNotZero();
        assertThat(badOption.err()).contains("--khong-co");
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenDatabase() {
        Result r = run("--db", temp.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(-1);
        assertThat(windowsOpened).containsExactly(temp.resolve("x").toString());
    }

    /** What Main starts without picocli must be exactly what picocli would have opened the window for. */
    @Test
    void theWindowsOwnStartIsRecognisedAndNothingElse() {
        assertThat(KehoachCommand.windowStart(new String[0])).contains(new KehoachCommand.WindowStart(null));
        assertThat(KehoachCommand.windowStart(new String[] {"--db", "D:\\Kế hoạch\\kehoach"})).contains(new KehoachCommand.WindowStart("D:\\Kế hoạch\\kehoach"));
        assertThat(KehoachCommand.windowStart(new String[] {"--db=/srv/kehoach"})).contains(new KehoachCommand.WindowStart("/srv/kehoach"));
        assertThat(KehoachCommand.windowStart(new String[] {"--db="})).isEmpty(); // picocli's to judge, as before
        for (String[] other : List.of(new String[] {"plans"}, new String[] {"--db"}, new String[] {"--db", "--help"},
                new String[] {"--db", "x", "plans"}, new String[] {"--help"})) {
            assertThat(KehoachCommand.windowStart(other)).as(String.join(" ", other)).isEmpty();
            // and picocli, which gets them, opens no window for them either
            assertThat(run(other).exit()).as(String.join(" ", other)).isNotEqualTo(-1);
        }
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void aMissingDatabaseIsNotCreatedByAPlainCommand() {
        Path db = temp.resolve("lan").resolve("kehoach.mv.db");
        Result r = run("--db", db.toString(), "plans");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Không tìm thấy thư mục");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void initSampleThenPlansThenBackupThenRestore() throws Exception {
        Path db = temp.resolve("kehoach.mv.db");
        Result init = run("--db", db.toString(), "init-sample");
        assertThat(init.exit()).as(init.err()).isZero();
        Result again = run("--db", db.toString(), "init-sample");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("đã có dữ liệu");

        Result plans = run("--db", db.toString(), "plans");
        assertThat(plans.exit()).isZero();
        assertThat(plans.out().lines()).hasSize(3)
                .anySatisfy(l -> assertThat(l).contains("25/KH-BCĐ").contains("Đã ban hành"));

        Result backup = run("--db", db.toString(), "backup");
        assertThat(backup.exit()).isZero();
        Path zip = Path.of(backup.out().trim().replace("Đã sao lưu vào ", ""));
        assertThat(zip).exists();

        Result restore = run("--db", db.toString(), "restore", zip.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(run("--db", db.toString(), "plans").out()).isEqualTo(plans.out());

        Result bad = run("--db", db.toString(), "restore", temp.resolve("khong-co.zip").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("Không tìm thấy tệp sao lưu");
    }
}
