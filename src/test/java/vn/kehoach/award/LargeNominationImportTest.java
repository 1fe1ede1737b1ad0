package vn.kehoach.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;

/**
 * 100,000 nominations from one XLSX file, imported in a child JVM limited to 512 MB of heap:
 * the import streams the sheet, so it must finish and store every row.
 */
@Tag("long")
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class LargeNominationImportTest {
    static final int ROWS = 100_000;

    @TempDir
    Path temp;

    @Test
    void oneHundredThousandRowsImportWithHalfAGigabyteOfHeap() throws Exception {
        Path home = temp.resolve("home");
        DatabaseFile db = new DatabaseFile(temp.resolve("db").resolve("kehoach"));
        long movementId;
        try (AppContext ctx = AppContext.open(new AppHome(home), db, true)) {
            Organization province = ctx.organizations().save(Organization.of("Ủy ban nhân dân tỉnh Lai Châu",
                    "UBND tỉnh", Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null));
            Organization agriculture = ctx.organizations().save(Organization.of("Sở Nông nghiệp và Phát triển nông thôn",
                    "Sở NN&PTNT", Level.PROVINCE, OrganizationKind.DEPARTMENT, province.id()));
            AwardSeed.ensure(ctx.awards());
            Movement m = ctx.awards().saveMovement(AwardSeed.laiChauMovement(ctx.awards().forms(), agriculture.id(), null));
            movementId = m.id();
        }
        Path file = temp.resolve("100k.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            List<String> headers = NominationXlsx.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Cá nhân");
                row.createCell(1).setCellValue("Nguyễn Văn Số " + r);
                row.createCell(2).setCellValue("Chuyên viên");
                row.createCell(3).setCellValue("Sở NN&PTNT");
                row.createCell(7).setCellValue("Có nhiều thành tích trong phong trào, dòng " + r);
                row.createCell(8).setCellValue("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
                row.createCell(9).setCellValue("Sở NN&PTNT");
                row.createCell(10).setCellValue("03/01/2024");
                if (r % 5 == 0) {
                    row.createCell(11).setCellValue(1_000_000);
                }
            }
            wb.write(out);
            wb.dispose();
        }
        Path log = temp.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.language=vi", "-Duser.country=VN", "-Dkehoach.home=" + home,
                "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                home.toString(), db.toString(), String.valueOf(movementId), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = child.waitFor(15, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!finished) {
            child.destroyForcibly();
        }
        assertThat(finished).as(output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        String result = output.lines().filter(l -> l.startsWith("RESULT")).findFirst().orElse(output);
        System.out.println("LargeNominationImportTest: " + result);
        Path report = Path.of("target", "reliability.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "100,000-row nomination import with -Xmx512m: " + result + System.lineSeparator(),
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        try (AppContext ctx = AppContext.open(new AppHome(home), db, false)) {
            assertThat(ctx.awards().nominations(movementId)).hasSize(ROWS);
        }
    }

    /** The child JVM: imports the file and prints the time taken and the peak heap. */
    public static final class Child {
        public static void main(String[] args) {
            long start = System.nanoTime();
            int saved;
            try (AppContext ctx = AppContext.open(new AppHome(Path.of(args[0])), DatabaseFile.of(Path.of(args[1])),
                    false)) {
                ImportReport report = ctx.awardService().importNominations(Long.parseLong(args[2]),
                        Path.of(args[3]), false);
                if (!report.ok()) {
                    System.out.println("refused: " + report.bad().subList(0, Math.min(5, report.bad().size())));
                    System.exit(3);
                }
                saved = report.saved().size();
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("RESULT rows=%d seconds=%.1f peakHeapMB=%d maxHeapMB=%d%n", saved,
                    (System.nanoTime() - start) / 1e9, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.exit(0);
        }
    }
}
