package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.document.FormatChecker;
import vn.kehoach.document.FormatReport;
import vn.kehoach.domain.Messages;

/** {@code check FILE.docx}: the official-format verdict rule by rule; exit 1 when a rule fails. */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Parameters(paramLabel = "FILE.docx", descriptionKey = "opt.checkFile")
    Path file;

    @Override
    public Integer call() {
        FormatReport report = FormatChecker.check(file);
        for (FormatReport.Finding f : report.findings()) {
            top.out().println(f);
        }
        top.out().println(report.passed() ? Messages.get("cli.check.passed")
                : Messages.get("cli.check.failed", report.failures().size()));
        return report.passed() ? 0 : 1;
    }
}
