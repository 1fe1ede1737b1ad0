package vn.kehoach.store.backup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.kehoach.store.Database;
import vn.kehoach.store.Workstation;

/**
 * Writes a backup in format {@value BackupManifest#FORMAT}: one JSON entry per table of the
 * generated schema, read with plain SELECTs in one snapshot, and a manifest. Needs no admin right.
 */
public final class BackupWriter {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BackupWriter() {}

    public static void write(Database db, LocalDateTime takenAt, Path target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            BackupManifest manifest = db.read(dsl -> dsl.connectionResult(c -> {
                int isolation = c.getTransactionIsolation();
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE); // one snapshot of every table
                try {
                    return writeTables(db, DSL.using(c, dsl.dialect(), dsl.settings()), takenAt, zip);
                } finally {
                    c.rollback();
                    c.setTransactionIsolation(isolation);
                    c.setAutoCommit(autoCommit);
                }
            }));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            JSON.writeValue(unclosable(zip), manifest);
            zip.closeEntry();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static BackupManifest writeTables(Database db, DSLContext dsl, LocalDateTime takenAt, ZipOutputStream zip) {
        List<BackupManifest.TableEntry> entries = new ArrayList<>();
        for (Table<?> table : BackupSchema.tables()) {
            String entry = table.getName().toLowerCase(Locale.ROOT) + ".json";
            try {
                zip.putNextEntry(new ZipEntry(entry));
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long rows;
                try (JsonGenerator g = JSON.getFactory().createGenerator(
                        new DigestOutputStream(unclosable(zip), sha), JsonEncoding.UTF8)) {
                    rows = writeTable(dsl, table, g);
                }
                zip.closeEntry();
                entries.add(new BackupManifest.TableEntry(table.getName(), entry, rows,
                        HexFormat.of().formatHex(sha.digest())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return new BackupManifest(BackupManifest.FORMAT, takenAt.toString(), db.location().identity(),
                Workstation.machine(), Workstation.user(), BackupSchema.schemaVersion(dsl), entries);
    }

    private static long writeTable(DSLContext dsl, Table<?> table, JsonGenerator g) throws IOException {
        Field<?>[] fields = table.fields();
        g.writeStartObject();
        g.writeStringField("table", table.getName());
        g.writeArrayFieldStart("columns");
        for (Field<?> f : fields) {
            g.writeString(f.getName());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        long rows = 0;
        var select = dsl.select(fields).from(table);
        var query = table.getPrimaryKey() == null ? select : select.orderBy(table.getPrimaryKey().getFields());
        try (Cursor<? extends Record> cursor = query.fetchLazy()) {
            for (Record r : cursor) {
                g.writeStartArray();
                for (int i = 0; i < fields.length; i++) {
                    writeValue(g, r.get(i));
                }
                g.writeEndArray();
                rows++;
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        return rows;
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof BigDecimal d) {
            g.writeString(d.toPlainString());
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof byte[] bytes) {
            g.writeBinary(bytes);
        } else if (v instanceof String || v instanceof Temporal) {
            g.writeString(v.toString());
        } else {
            throw new IllegalStateException("No backup form for a value of type " + v.getClass());
        }
    }

    /** The zip stays open when one entry's writer is closed. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
