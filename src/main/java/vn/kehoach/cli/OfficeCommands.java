package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Office;
import vn.kehoach.domain.DirectorySheet;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.NumberFormatting;
import vn.kehoach.domain.Organization;
import vn.kehoach.store.DirectoryTransfer;
import vn.kehoach.store.NumberRegister;
import vn.kehoach.store.OfficeSetup;

/** Commands that start an office, take the sample data out, and carry the directory and the register. */
final class OfficeCommands {
    private OfficeCommands() {}

    /** {@code init --province NAME [--from-xlsx FILE]}: an empty database for an office. */
    @Command(name = "init")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        KehoachCommand top;

        @Option(names = "--province", required = true, paramLabel = "NAME", descriptionKey = "office.province")
        String province;

        @Option(names = "--from-xlsx", paramLabel = "FILE", descriptionKey = "office.fromXlsx")
        Path fromXlsx;

        @Override
        public Integer call() {
            try (AppContext ctx = top.open(true, false)) {
                OfficeSetup.Started started;
                try {
                    started = new Office(ctx).start(province, fromXlsx);
                } catch (Office.DirectoryRefusedException e) {
                    e.read().problems().forEach(p -> top.err().println(p));
                    top.err().println(e.getLocalizedMessage());
                    return 2;
                } catch (OfficeSetup.DirectoryRefused e) {
                    e.result().problems().forEach(p -> top.err().println(p));
                    top.err().println(e.getLocalizedMessage());
                    return 2;
                }
                top.out().println(Messages.get("cli.init.done", started.committee().fullName(),
                        ctx.database().location().toString()));
                for (Organization o : started.mergedProvinces()) {
                    top.out().println(Messages.get("cli.init.merged", o.fullName()));
                }
                if (started.directory() != null) {
                    printImported(top, started.directory());
                }
            }
            return 0;
        }
    }

    /** {@code remove-sample}: the sample plans and what only they use go; what the office typed stays. */
    @Command(name = "remove-sample")
    static final class RemoveSample implements Callable<Integer> {
        @ParentCommand
        KehoachCommand top;

        @Override
        public Integer call() {
            try (AppContext ctx = top.open(false)) {
                OfficeSetup.Removed r = new Office(ctx).removeSample();
                top.out().println(Messages.get("cli.removeSample.done", r.plans(), r.movements(), r.bodies(),
                        r.people(), r.groups()));
                if (r.keptBodies() > 0) {
                    top.out().println(Messages.get("cli.removeSample.kept", r.keptBodies()));
                }
            }
            return 0;
        }
    }

    /** {@code directory-export --out FILE}. */
    @Command(name = "directory-export")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        KehoachCommand top;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
        Path out;

        @Override
        public Integer call() {
            try (AppContext ctx = top.open(false)) {
                DirectorySheet d = new Office(ctx).exportDirectory(out);
                top.out().println(Messages.get("directory.exported", d.bodies().size(), d.signers().size(),
                        d.groups().size(), out.toString()));
            }
            return 0;
        }
    }

    /** {@code directory-import FILE}: any bad row, nothing imported, the report, exit 2. */
    @Command(name = "directory-import")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        KehoachCommand top;

        @Parameters(paramLabel = "FILE", descriptionKey = "office.directoryFile")
        Path file;

        @Override
        public Integer call() {
            try (AppContext ctx = top.open(false)) {
                DirectoryTransfer.Result r = new Office(ctx).importDirectory(file);
                if (!r.ok()) {
                    r.problems().forEach(p -> top.err().println(p));
                    top.err().println(Messages.get("directory.xlsx.refused", r.problems().size()));
                    return 2;
                }
                printImported(top, r);
            }
            return 0;
        }
    }

    private static void printImported(KehoachCommand top, DirectoryTransfer.Result r) {
        top.out().println(r.summary());
    }

    /** {@code register-set --symbol S --year Y --last N}: numbers up to N were issued outside the app. */
    @Command(name = "register-set")
    static final class RegisterSet implements Callable<Integer> {
        @ParentCommand
        KehoachCommand top;

        @Option(names = "--symbol", required = true, paramLabel = "SYMBOL", descriptionKey = "regset.symbol")
        String symbol;

        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "regset.year")
        int year;

        @Option(names = "--last", required = true, paramLabel = "N", descriptionKey = "regset.last")
        int last;

        @Override
        public Integer call() {
            try (AppContext ctx = top.open(false)) {
                NumberRegister register = ctx.numberRegister();
                NumberRegister.Start s = register.setLast(symbol, year, last, null);
                top.out().println(Messages.get("cli.register.set", NumberFormatting.number(s.lastNumber()), s.symbol(),
                        s.year(), NumberFormatting.number(register.nextFree(s.symbol(), s.year()))));
            }
            return 0;
        }
    }

    /** {@code register [--year Y]}: per symbol, the last number issued outside, the numbers issued, the next. */
    @Command(name = "register")
    static final class Register implements Callable<Integer> {
        @ParentCommand
        KehoachCommand top;

        @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "regset.year")
        Integer year;

        @Override
        public Integer call() {
            int y = year == null ? java.time.LocalDate.now().getYear() : year;
            try (AppContext ctx = top.open(false)) {
                NumberRegister register = ctx.numberRegister();
                for (String symbol : register.symbols(y)) {
                    int outside = register.starts().stream().filter(s -> s.symbol().equals(symbol) && s.year() == y)
                            .mapToInt(NumberRegister.Start::lastNumber).findFirst().orElse(0);
                    top.out().println(Messages.get("cli.register.line", symbol, y,
                            NumberFormatting.number(outside), NumberFormatting.number(register.nextFree(symbol, y))));
                    for (NumberRegister.Line l : register.issued(symbol, y)) {
                        top.out().println(Messages.get("cli.register.issued", NumberFormatting.number(l.number()), symbol,
                                l.planTitle() == null ? "" : l.planTitle()));
                    }
                }
            }
            return 0;
        }
    }
}
