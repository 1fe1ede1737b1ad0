package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.domain.Channel;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.Recipient;

/** The distribution list never breaks an e-mail address in the middle, in our PDF or LibreOffice's. */
class DistributionEmailTest {
    @TempDir
    Path dir;

    static final String LONG_ADDRESS = "vanphongdieuphoi.snnptnt@laocai.gov.vn";

    @Test
    void aLongAddressStaysOnOneLine() throws Exception {
        Map<Long, Organization> orgs = new LinkedHashMap<>(PlanFixtures.organizations());
        orgs.put(99L, PlanFixtures.org(99L, "Văn phòng Điều phối nông thôn mới tỉnh Lào Cai", "VPĐP NTM tỉnh",
                Level.PROVINCE, null, LONG_ADDRESS));
        DirectoryLookup lookup = DirectoryLookup.of(orgs, Map.of());
        Plan base = PlanFixtures.giaLai();
        List<Recipient> recipients = new ArrayList<>(base.recipients());
        recipients.add(new Recipient(null, 99L, null, "VPĐP NTM tỉnh", null, 1, Channel.ELECTRONIC));
        Plan plan = PlanEdit.of(base).recipients(recipients).build();
        DistributionListExporter exporter = new DistributionListExporter(lookup);
        Path pdf = dir.resolve("gui.pdf");
        Path docx = dir.resolve("gui.docx");
        exporter.exportPdf(plan, pdf);
        exporter.exportDocx(plan, docx);
        List<Path> pdfs = new ArrayList<>(List.of(pdf));
        if (PlanExportTest.onPath("soffice")) {
            Path out = Files.createDirectories(dir.resolve("lo"));
            Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                    "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            pdfs.add(out.resolve("gui.pdf"));
        }
        for (Path file : pdfs) {
            PdfLines lines = PdfLines.read(file);
            assertThat(lines.pages().stream().flatMap(pg -> pg.lines().stream())
                    .anyMatch(l -> l.text().contains(LONG_ADDRESS))).as(file.getFileName() + " keeps the address whole")
                    .isTrue();
        }
    }
}
