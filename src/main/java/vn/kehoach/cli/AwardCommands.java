package vn.kehoach.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.award.AwardService;
import vn.kehoach.award.ImportReport;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Movement;

/** The award register's commands. */
final class AwardCommands {
    private AwardCommands() {}

    /** {@code movements}: id, name, period. */
    @Command(name = "movements")
    static final class Movements implements Callable<Integer> {
        @ParentCommand
        KehoachCommand top;

        @Override
        public Integer call() {
            try (AppContext ctx = top.open(false)) {
                for (Movement m : ctx.awards().movements()) {
                    top.out().printf("%d\t%d-%d\t%s%n", m.id(), m.startYear(), m.endYear(), m.name());
                }
            }
            return 0;
        }
    }

    /** {@code nominations-template --out FILE}. */
    @Command(name = "nominations-template")
    static final class Template implements Callable<Integer> {
        @ParentCommand
        KehoachCommand top;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
        Path out;

        @Override
        public Integer call() {
            try (AppContext ctx = top.open(false)) {
                ctx.awardService().writeTemplate(out);
            }
            top.out().println(Messages.get("awards.cli.written", out.toAbsolutePath().toString()));
            return 0;
        }
    }

    /** {@code nominations-import --movement ID FILE}: a line per row; exit 2 and nothing saved when any row is bad. */
    @Command(name = "nominations-import")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        KehoachCommand top;

        @Option(names = "--movement", required = true, paramLabel = "ID", descriptionKey = "movement")
        long movement;

        @Option(names = "--allow-duplicates", descriptionKey = "allowDuplicates")
        boolean allowDuplicates;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
        Path file;

        @Override
        public Integer call() {
            ImportReport report;
            try (AppContext ctx = top.open(false)) {
                report = ctx.awardService().importNominations(movement, file, allowDuplicates);
            }
            for (ImportReport.RowReport r : report.rows()) {
                if (r.ok()) {
                    top.out().println(Messages.get("awards.cli.rowOk", r.rowNumber(), r.name()));
                } else {
                    top.out().println(Messages.get("awards.cli.rowBad", r.rowNumber(), r.name(), String.join(" ", r.errors())));
                }
            }
            if (!report.ok()) {
                top.err().println(Messages.get("awards.cli.importRefused", report.bad().size(), report.rows().size()));
                return 2;
            }
            top.out().println(Messages.get("awards.cli.imported", report.saved().size()));
            return 0;
        }
    }

    /** {@code awards --movement ID --format xlsx|docx|pdf --out FILE}: the decision list. */
    @Command(name = "awards")
    static final class DecisionListCommand implements Callable<Integer> {
        enum Format { xlsx, docx, pdf }

        @ParentCommand
        KehoachCommand top;

        @Option(names = "--movement", required = true, paramLabel = "ID", descriptionKey = "movement")
        long movement;

        @Option(names = "--format", defaultValue = "xlsx", paramLabel = "FORMAT", descriptionKey = "listFormat")
        Format format;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "listAsOf")
        LocalDate asOf;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
        Path out;

        @Override
        public Integer call() {
            LocalDate day = asOf == null ? LocalDate.now() : asOf;
            try (AppContext ctx = top.open(false)) {
                AwardService service = ctx.awardService();
                if (format == Format.xlsx) {
                    service.exportDecisionListXlsx(movement, day, out);
                } else {
                    service.exportDecisionListDocument(movement, day, out, format == Format.pdf);
                }
            }
            top.out().println(Messages.get("awards.cli.written", out.toAbsolutePath().toString()));
            return 0;
        }
    }
}
