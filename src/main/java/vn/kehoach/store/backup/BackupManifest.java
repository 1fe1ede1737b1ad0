package vn.kehoach.store.backup;

import java.util.List;

/**
 * {@code manifest.json} of a backup in format {@value #FORMAT}: where it came from, the schema
 * version it was taken at and, for each table, its entry, row count and SHA-256.
 */
public record BackupManifest(String format, String takenAt, String source, String machine, String user,
                             String schemaVersion, List<TableEntry> tables) {
    public static final String FORMAT = "kehoach-backup-2";
    public static final String ENTRY = "manifest.json";

    public record TableEntry(String table, String entry, long rows, String sha256) {}
}
