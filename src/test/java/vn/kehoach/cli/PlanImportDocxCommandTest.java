package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.domain.Messages;
import vn.kehoach.store.AppHome;

/** {@code plan-import-docx}: a new draft and the report; a file that is not a DOCX gets a clear message. */
class PlanImportDocxCommandTest {
    @TempDir
    Path temp;

    @Test
    void importsAnExportedPlanAsANewDraftAndWritesTheReport() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        String db = temp.resolve("kehoach.mv.db").toString();
        assertThat(run(home, new StringWriter(), new StringWriter(), "--db", db, "init-sample")).isZero();
        Path docx = temp.resolve("ke-hoach.docx");
        assertThat(run(home, new StringWriter(), new StringWriter(), "--db", db, "export", "--plan", "1",
                "--format", "docx", "--out", docx.toString())).isZero();
        StringWriter out = new StringWriter();
        Path report = temp.resolve("bao-cao.txt");
        assertThat(run(home, out, new StringWriter(), "--db", db, "plan-import-docx", docx.toString(), "--report",
                report.toString())).isZero();
        assertThat(out.toString()).contains("Đã nhập từ Word thành dự thảo mã 4", "KẾ HOẠCH", "Nơi nhận:");
        assertThat(Files.readString(report)).contains("số, ký hiệu “Số: 25/KH-BCĐ”");
        StringWriter plans = new StringWriter();
        assertThat(run(home, plans, new StringWriter(), "--db", db, "plans")).isZero();
        assertThat(plans.toString()).containsPattern("(?m)^4\\t/KH-BCĐ\\tDự thảo\\t");

        Path text = temp.resolve("khong-phai.docx");
        Files.writeString(text, "Kế hoạch");
        StringWriter err = new StringWriter();
        assertThat(run(home, new StringWriter(), err, "--db", db, "plan-import-docx", text.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(Messages.get("wordimport.error.notDocx", "khong-phai.docx"));
    }

    private static int run(AppHome home, StringWriter out, StringWriter err, String... args) {
        return KehoachCommand.run(home, args, db -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
