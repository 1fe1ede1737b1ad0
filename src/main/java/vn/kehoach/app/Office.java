package vn.kehoach.app;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.kehoach.document.AtomicFiles;
import vn.kehoach.document.DirectorySheets;
import vn.kehoach.domain.DirectorySheet;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.DirectoryTransfer;
import vn.kehoach.store.OfficeSetup;
import vn.kehoach.store.Provinces;

/**
 * An office's set-up over one open database, for the CLI and the window alike: start it for a
 * province (optionally from a directory workbook), take the sample data out, the directory to and
 * from Excel.
 */
public final class Office {
    private final AppContext ctx;

    public Office(AppContext ctx) {
        this.ctx = ctx;
    }

    public OfficeSetup setup() {
        return new OfficeSetup(ctx.database());
    }

    /** Starts the office of {@code provinceName}; with {@code directoryXlsx}, its directory too (all or nothing). */
    public OfficeSetup.Started start(String provinceName, Path directoryXlsx) {
        Provinces.Province province = Provinces.shipped().current(provinceName);
        DirectorySheet sheet = null;
        if (directoryXlsx != null) {
            DirectorySheet.Read read = readDirectory(directoryXlsx);
            if (!read.ok()) {
                throw new DirectoryRefusedException(read);
            }
            sheet = read.sheet();
        }
        return setup().start(province, sheet);
    }

    public OfficeSetup.Removed removeSample() {
        return setup().removeSample();
    }

    /** Writes the directory (bodies, signers, recipient groups) to an XLSX file, atomically. */
    public DirectorySheet exportDirectory(Path out) {
        DirectorySheet sheet = new DirectoryTransfer(ctx.database()).export();
        AtomicFiles.write(out, o -> DirectorySheets.write(sheet, o));
        return sheet;
    }

    /**
     * Reads and imports a directory workbook. Problems of cells and of names (a parent or member
     * not found, a rule of the directory broken) come back in the result; then nothing is written.
     */
    public DirectoryTransfer.Result importDirectory(Path file) {
        DirectorySheet.Read read = readDirectory(file);
        if (!read.ok()) {
            return new DirectoryTransfer.Result(read.problems(), 0, 0, 0, 0, 0, 0, 0);
        }
        return new DirectoryTransfer(ctx.database()).importSheet(read.sheet());
    }

    private static DirectorySheet.Read readDirectory(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("directory.xlsx.fileMissing", file.toString());
        }
        return DirectorySheets.read(file);
    }

    /** A directory workbook with bad cells, given to {@link #start}: nothing was created. */
    public static final class DirectoryRefusedException extends UserError {
        private final transient DirectorySheet.Read read;

        DirectoryRefusedException(DirectorySheet.Read read) {
            super("directory.xlsx.refused", read.problems().size());
            this.read = read;
        }

        public DirectorySheet.Read read() {
            return read;
        }
    }
}
