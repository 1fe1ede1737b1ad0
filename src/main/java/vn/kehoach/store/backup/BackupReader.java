package vn.kehoach.store.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.Field;
import org.jooq.Table;
import vn.kehoach.domain.UserError;

/**
 * Reads and checks a whole backup file, new format or old, before anything is created: entry
 * names and sizes, the manifest's checksums and row counts, known tables and columns, every
 * value against its column's type, and the schema version. Nothing in the file is executed.
 */
public final class BackupReader {
    public static final String LEGACY_FORMAT = "kehoach-backup-1";
    public static final String LEGACY_INFO_ENTRY = "backup.properties";
    public static final String LEGACY_SCRIPT_ENTRY = "kehoach.sql";
    private static final Pattern TABLE_ENTRY = Pattern.compile("[a-z][a-z0-9_]{0,62}\\.json");

    private BackupReader() {}

    public static BackupContent read(Path zip) {
        String file = zip.toString();
        if (!java.nio.file.Files.isRegularFile(zip)) {
            throw new vn.kehoach.domain.UserError("backup.error.fileMissing", file);
        }
        Map<String, byte[]> entries = BackupZip.read(zip);
        BackupContent content;
        if (entries.containsKey(BackupManifest.ENTRY)) {
            content = readCurrent(file, zip, entries);
        } else if (entries.containsKey(LEGACY_INFO_ENTRY)) {
            content = readLegacy(file, zip, entries);
        } else {
            throw new UserError("backup.error.notOurs", file);
        }
        if (BackupSchema.isNewerThanApp(content.schemaVersion())) {
            throw new UserError("backup.error.newerSchema", file, content.schemaVersion());
        }
        return content;
    }

    /** When the backup was taken, from its manifest or properties only; empty when it is not one of ours. */
    public static Optional<LocalDateTime> takenAt(Path zip) {
        try {
            Map<String, byte[]> entries = BackupZip.read(zip);
            if (entries.containsKey(BackupManifest.ENTRY)) {
                return Optional.of(LocalDateTime.parse(manifest(zip.toString(), entries).takenAt()));
            }
            return Optional.of(LocalDateTime.parse(legacyInfo(zip.toString(), entries).getProperty("takenAt")));
        } catch (RuntimeException e) {
            return Optional.empty(); // not a zip, not ours, or damaged: not a backup
        }
    }

    // ---- format kehoach-backup-2

    private static BackupManifest manifest(String file, Map<String, byte[]> entries) {
        BackupManifest m;
        try {
            m = BackupWriter.JSON.readValue(entries.get(BackupManifest.ENTRY), BackupManifest.class);
        } catch (IOException e) {
            throw new UserError(e, "backup.error.manifest", file);
        }
        if (m == null || !BackupManifest.FORMAT.equals(m.format()) || m.takenAt() == null || m.tables() == null) {
            throw new UserError("backup.error.manifest", file);
        }
        try {
            LocalDateTime.parse(m.takenAt());
        } catch (RuntimeException e) {
            throw new UserError(e, "backup.error.manifest", file);
        }
        return m;
    }

    private static BackupContent readCurrent(String file, Path zip, Map<String, byte[]> entries) {
        BackupManifest m = manifest(file, entries);
        Set<String> listed = new HashSet<>(Set.of(BackupManifest.ENTRY));
        Set<String> tables = new HashSet<>();
        for (BackupManifest.TableEntry t : m.tables()) {
            if (t == null || t.entry() == null || t.table() == null || t.sha256() == null) {
                throw new UserError("backup.error.manifest", file);
            }
            BackupZip.checkName(file, t.entry());
            if (!TABLE_ENTRY.matcher(t.entry()).matches() || !listed.add(t.entry())) {
                throw new UserError("backup.error.entryName", file, t.entry());
            }
            if (!tables.add(t.table())) {
                throw new UserError("backup.error.manifest", file);
            }
            BackupSchema.table(t.table()).orElseThrow(() -> new UserError("backup.error.unknownTable", file, t.table()));
        }
        for (String name : entries.keySet()) {
            if (!listed.contains(name)) {
                throw new UserError("backup.error.unknownEntry", file, name);
            }
        }
        List<TableRows> out = new ArrayList<>();
        for (BackupManifest.TableEntry t : m.tables()) {
            byte[] bytes = entries.get(t.entry());
            if (bytes == null) {
                throw new UserError("backup.error.missingEntry", file, t.entry());
            }
            if (!sha256(bytes).equalsIgnoreCase(t.sha256())) {
                throw new UserError("backup.error.checksum", file, t.entry());
            }
            TableRows rows = readTable(file, BackupSchema.table(t.table()).orElseThrow(), bytes);
            if (rows.rows().size() != t.rows()) {
                throw new UserError("backup.error.rowCount", file, t.table(), t.rows(), rows.rows().size());
            }
            out.add(rows);
        }
        return new BackupContent(zip, m.format(), LocalDateTime.parse(m.takenAt()), m.schemaVersion(), out);
    }

    private static TableRows readTable(String file, Table<?> table, byte[] bytes) {
        JsonNode root;
        try {
            root = BackupWriter.JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UserError(e, "backup.error.manifest", file);
        }
        if (root == null || !root.path("table").asText("").equals(table.getName())
                || !(root.get("columns") instanceof ArrayNode columns) || !(root.get("rows") instanceof ArrayNode rows)) {
            throw new UserError("backup.error.manifest", file);
        }
        List<Field<?>> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode c : columns) {
            Field<?> f = c.isTextual() ? table.field(c.asText()) : null;
            if (f == null || !f.getName().equals(c.asText()) || !seen.add(f.getName())) {
                throw new UserError("backup.error.unknownColumn", file, table.getName(), c.asText());
            }
            fields.add(f);
        }
        List<Object[]> out = new ArrayList<>(rows.size());
        int rowNumber = 0;
        for (JsonNode row : rows) {
            rowNumber++;
            if (!row.isArray() || row.size() != fields.size()) {
                throw new UserError("backup.error.badRow", file, table.getName(), rowNumber);
            }
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ValueConverter.convert(file, fields.get(i), plain(row.get(i)), table.getName(), rowNumber);
            }
            out.add(values);
        }
        return new TableRows(table, fields, out);
    }

    /** A JSON value as a plain Java value: text, an integer, a decimal, a boolean or null. */
    private static Object plain(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n; // an object or array: no column takes it, the converter refuses it
    }

    // ---- format kehoach-backup-1 (H2 SCRIPT), parsed, never run

    private static Properties legacyInfo(String file, Map<String, byte[]> entries) {
        Properties p = new Properties();
        try {
            p.load(new ByteArrayInputStream(entries.get(LEGACY_INFO_ENTRY)));
            LocalDateTime.parse(p.getProperty("takenAt"));
        } catch (IOException | RuntimeException e) {
            throw new UserError(e, "backup.error.notOurs", file);
        }
        if (!LEGACY_FORMAT.equals(p.getProperty("format"))) {
            throw new UserError("backup.error.notOurs", file);
        }
        return p;
    }

    private static BackupContent readLegacy(String file, Path zip, Map<String, byte[]> entries) {
        Properties info = legacyInfo(file, entries);
        for (String name : entries.keySet()) {
            if (!name.equals(LEGACY_INFO_ENTRY) && !name.equals(LEGACY_SCRIPT_ENTRY)) {
                throw new UserError("backup.error.unknownEntry", file, name);
            }
        }
        byte[] script = entries.get(LEGACY_SCRIPT_ENTRY);
        if (script == null) {
            throw new UserError("backup.error.notOurs", file);
        }
        LegacyScriptReader.Result r = LegacyScriptReader.read(file, new String(script, java.nio.charset.StandardCharsets.UTF_8));
        return new BackupContent(zip, LEGACY_FORMAT, LocalDateTime.parse(info.getProperty("takenAt")),
                r.schemaVersion(), r.tables());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
