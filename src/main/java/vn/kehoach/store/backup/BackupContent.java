package vn.kehoach.store.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/** What a backup file holds, read and checked completely; nothing of it has touched a database yet. */
public record BackupContent(Path file, String format, LocalDateTime takenAt, String schemaVersion,
                            List<TableRows> tables) {}
