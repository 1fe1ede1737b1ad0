package vn.kehoach.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.Audit;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.Database;
import vn.kehoach.store.DatabaseFile;

/**
 * Moves an office's data between a file and a server ({@code db-copy}), either way. It is a
 * backup read back: the source is written table by table as a backup (one snapshot, plain
 * SELECTs), the backup is checked as a restore checks it, and its rows go into the target with
 * their ids, parents first, in one transaction with rights to change the schema (identities
 * continue after the copied ids). A target that holds any row is refused; at the end every
 * table's row count must equal the source's, else nothing is kept.
 */
public final class DatabaseCopy {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCopy.class);

    private DatabaseCopy() {}

    /** Rows copied, per table, in insert order. */
    public record Report(Map<String, Integer> rows) {
        public int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static Report copy(DataLocation from, DataLocation to) {
        if (from.identity().equals(to.identity())) {
            throw new UserError("dbcopy.same", from.toString());
        }
        BackupContent content = read(from);
        boolean newFile = to instanceof DatabaseFile f && !f.exists();
        try (Database target = Database.open(to, true)) {
            Report report = target.withAdmin(tx -> {
                refuseData(tx, to);
                RestoredDatabase.fill(tx, content);
                Report counted = checkCounts(tx, content, to);
                RestoredDatabase.restartIdentities(tx); // (on H2, DDL ends the transaction: the checks come first)
                Audit.record(tx, "COPY", "database", null, from + " → " + to);
                return counted;
            });
            LOG.info("Copied {} rows from {} to {}", report.total(), from, to);
            return report;
        } catch (RuntimeException e) {
            if (newFile) {
                RestoredDatabase.deleteFiles((DatabaseFile) to);
            }
            throw e;
        }
    }

    /** The source as a checked backup, written to a temporary file and read back. */
    private static BackupContent read(DataLocation from) {
        Path zip = null;
        try (Database source = Database.open(from, false)) {
            zip = Files.createTempFile("kehoach-copy", ".zip");
            BackupWriter.write(source, LocalDateTime.now(), zip);
            return BackupReader.read(zip);
        } catch (IOException e) {
            throw new UserError(e, "dbcopy.failed", from.toString());
        } finally {
            if (zip != null) {
                try {
                    Files.deleteIfExists(zip);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", zip, e);
                }
            }
        }
    }

    private static void refuseData(DSLContext tx, DataLocation to) {
        for (Table<?> table : BackupSchema.tables()) {
            if (tx.fetchExists(table)) {
                throw new UserError("dbcopy.targetHasData", to.toString(), table.getName().toLowerCase());
            }
        }
    }

    private static Report checkCounts(DSLContext tx, BackupContent content, DataLocation to) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (TableRows t : content.tables()) {
            int expected = t.rows().size();
            int found = tx.fetchCount(t.table());
            if (found != expected) {
                throw new UserError("dbcopy.countMismatch", to.toString(), t.table().getName().toLowerCase(),
                        expected, found);
            }
            rows.put(t.table().getName().toLowerCase(), found);
        }
        return new Report(rows);
    }
}
