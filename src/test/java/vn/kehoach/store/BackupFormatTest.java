package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kehoach.store.jooq.Tables.AUDIT_LOG;
import static vn.kehoach.store.jooq.Tables.AUDIT_LOG_ARCHIVE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.DatabaseRestore;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.backup.BackupSchema;

/** The backup format: a round trip keeps every row, old SCRIPT backups still restore, forged files are refused. */
class BackupFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    AppHome home;
    BackupService backups;
    DatabaseFile sample;
    Path marker;

    @BeforeEach
    void sampleDatabase() {
        home = new AppHome(temp.resolve("home"));
        backups = new BackupService(home);
        sample = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        marker = temp.resolve("marker");
        try (Database db = Database.open(sample, true)) {
            new SampleLoader(db).loadIntoEmpty();
        }
    }

    @Test
    void theSampleDatabaseComesBackRowForRowAndNewRowsGetFreshIds() throws Exception {
        Path zip;
        Map<String, List<List<Object>>> before;
        try (Database db = Database.open(sample, false)) {
            zip = backups.backup(db).file();
            before = dump(db);
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("manifest.json")).isNotNull();
            assertThat(z.getEntry("kehoach.sql")).isNull();
        }
        DatabaseFile restored = new DatabaseFile(temp.resolve("restored").resolve("kehoach"));
        backups.restoreTo(zip, restored);
        try (Database db = Database.open(restored, false)) {
            Map<String, List<List<Object>>> after = dump(db);
            before.forEach((table, rows) -> {
                if (table.equals("AUDIT_LOG")) {
                    assertThat(after.get(table).subList(0, rows.size())).as(table).isEqualTo(rows);
                } else {
                    assertThat(after.get(table)).as(table).isEqualTo(rows);
                }
            });
            long maxId = before.get("ORGANIZATION").stream().mapToLong(r -> (Long) r.get(0)).max().orElseThrow();
            Organization saved = new OrganizationRepository(db).save(Organization.of("Sở Mới", "SM", Level.PROVINCE,
                    OrganizationKind.DEPARTMENT, null));
            assertThat(saved.id()).isGreaterThan(maxId);
            assertThat(Audit.recent(db, 2)).extracting(e -> e.action()).contains("RESTORE");
        }
    }

    @Test
    void aBackupTakenBeforeAppendicesWereChosenRestoresWithTheAppendicesItsPlansPrintedThen() throws Exception {
        Path zip;
        try (Database db = Database.open(sample, false)) {
            zip = backups.backup(db).file();
        }
        Path v5 = temp.resolve("v5.zip");
        rewrite(zip, v5, entries -> {
            String entry = entries.keySet().stream().filter(e -> e.toLowerCase().contains("plan_appendix"))
                    .findFirst().orElseThrow();
            entries.remove(entry);
            editManifest(entries, mf -> {
                mf.put("schemaVersion", "5");
                ArrayNode tables = (ArrayNode) mf.get("tables");
                for (int i = tables.size() - 1; i >= 0; i--) {
                    if (tables.get(i).get("entry").asText().equals(entry)) {
                        tables.remove(i);
                    }
                }
            });
        });
        DatabaseFile restored = new DatabaseFile(temp.resolve("restored").resolve("kehoach"));
        backups.restoreTo(v5, restored);
        try (Database db = Database.open(restored, false)) {
            PlanRepository plans = new PlanRepository(db);
            for (var summary : plans.summaries()) {
                var plan = plans.get(summary.id());
                boolean hasTasks = !new TaskRepository(db).ofPlan(plan.id()).stream()
                        .filter(t -> t.kind() == vn.kehoach.domain.TaskKind.TASK).toList().isEmpty();
                assertThat(plan.appendices().stream().anyMatch(a -> a.kind() == vn.kehoach.domain.AppendixKind.ASSIGNMENT
                        && a.enabled())).as(plan.title()).isEqualTo(hasTasks);
            }
        }
    }

    /**
     * V7 added a task's described collective and event level and a site's cascade dates: a backup
     * taken after keeps them; one taken before (no such columns, schema version 6) restores with
     * them empty and every other value as it was.
     */
    @Test
    void cascadeFieldsSurviveABackupAndABackupFromBeforeThemStillRestores() throws Exception {
        Path zip;
        int sampleTasks;
        try (Database db = Database.open(sample, false)) {
            db.inTransaction(tx -> {
                tx.update(vn.kehoach.store.jooq.Tables.TASK)
                        .set(vn.kehoach.store.jooq.Tables.TASK.PERFORMERS, "mỗi huyện 01 thôn, 01 hợp tác xã")
                        .set(vn.kehoach.store.jooq.Tables.TASK.EVENT_LEVEL, "DISTRICT").execute();
                return tx.update(vn.kehoach.store.jooq.Tables.CONFERENCE_SITE)
                        .set(vn.kehoach.store.jooq.Tables.CONFERENCE_SITE.WINDOW_START, java.time.LocalDate.of(2023, 10, 1))
                        .set(vn.kehoach.store.jooq.Tables.CONFERENCE_SITE.REPORTS_TO, "PROVINCE").execute();
            });
            zip = backups.backup(db).file();
            sampleTasks = db.read(dsl -> dsl.fetchCount(vn.kehoach.store.jooq.Tables.TASK));
        }
        DatabaseFile current = new DatabaseFile(temp.resolve("current").resolve("kehoach"));
        backups.restoreTo(zip, current);
        try (Database db = Database.open(current, false)) {
            var tasks = new TaskRepository(db).ofPlan(new PlanRepository(db).summaries().get(0).id());
            assertThat(tasks).isNotEmpty().allMatch(t -> "mỗi huyện 01 thôn, 01 hợp tác xã".equals(t.performers())
                    && t.eventLevel() == Level.DISTRICT);
            int cascadeSites = db.read(dsl -> dsl.fetchCount(vn.kehoach.store.jooq.Tables.CONFERENCE_SITE,
                    vn.kehoach.store.jooq.Tables.CONFERENCE_SITE.REPORTS_TO.eq("PROVINCE")));
            assertThat(cascadeSites).isPositive();
        }

        Path v6 = temp.resolve("v6.zip");
        rewrite(zip, v6, entries -> {
            dropColumns(entries, "task", "performers", "event_level");
            dropColumns(entries, "conference_site", "window_start", "report_deadline", "reports_to");
            editManifest(entries, mf -> mf.put("schemaVersion", "6"));
        });
        DatabaseFile old = new DatabaseFile(temp.resolve("old").resolve("kehoach"));
        backups.restoreTo(v6, old);
        try (Database db = Database.open(old, false)) {
            var plans = new PlanRepository(db);
            for (var summary : plans.summaries()) {
                var plan = plans.get(summary.id());
                assertThat(plan.tasks()).allMatch(t -> t.performers() == null && t.eventLevel() == null);
                if (plan.conference() != null) {
                    assertThat(plan.conference().sites()).allMatch(x -> x.windowStart() == null && x.reportsTo() == null);
                }
            }
            int restoredTasks = db.read(dsl -> dsl.fetchCount(vn.kehoach.store.jooq.Tables.TASK));
            assertThat(restoredTasks).isEqualTo(sampleTasks).isPositive();
        }
    }

    /** Removes columns from a table entry as a backup written before they existed would lack them. */
    private static void dropColumns(Map<String, byte[]> entries, String table, String... columns) {
        String entry = entries.keySet().stream().filter(e -> e.toLowerCase().endsWith("/" + table + ".json")
                || e.equalsIgnoreCase(table + ".json") || e.toLowerCase().endsWith(table + ".json"))
                .filter(e -> !e.toLowerCase().contains("_" + table)).findFirst().orElseThrow();
        editTable(entries, entry, t -> {
            ArrayNode cols = (ArrayNode) t.get("columns");
            List<Integer> gone = new ArrayList<>();
            for (int i = cols.size() - 1; i >= 0; i--) {
                if (Arrays.asList(columns).contains(cols.get(i).asText().toLowerCase())) {
                    gone.add(i);
                }
            }
            assertThat(gone).as(table).hasSize(columns.length);
            for (int i : gone) {
                cols.remove(i);
                for (var row : t.get("rows")) {
                    ((ArrayNode) row).remove(i);
                }
            }
        });
    }

    @Test
    void aBackupTakenBeforeSectionsHadTablesRestoresWithTheSameOutline() throws Exception {
        Path zip;
        Map<String, List<List<Object>>> before;
        try (Database db = Database.open(sample, false)) {
            zip = backups.backup(db).file();
            before = dump(db);
        }
        Path v6 = temp.resolve("v6.zip");
        rewrite(zip, v6, entries -> {
            // as a backup of schema 6 wrote it: plan_section without the table_text column of V8
            dropColumns(entries, "plan_section", "table_text");
            editManifest(entries, mf -> mf.put("schemaVersion", "6"));
        });
        DatabaseFile restored = new DatabaseFile(temp.resolve("restored").resolve("kehoach"));
        backups.restoreTo(v6, restored);
        try (Database db = Database.open(restored, false)) {
            assertThat(dump(db).get("PLAN_SECTION")).isEqualTo(before.get("PLAN_SECTION"));
            PlanRepository plans = new PlanRepository(db);
            for (var summary : plans.summaries()) {
                assertThat(plans.get(summary.id()).outline()).as(summary.title()).isNotEmpty()
                        .allMatch(s -> s.table().isEmpty());
            }
        }
    }

    @Test
    void anOldScriptBackupStillRestoresWithEqualData() throws Exception {
        Path zip = oldBackup(sample, temp.resolve("old.zip"));
        Map<String, List<List<Object>>> before;
        try (Database db = Database.open(sample, false)) {
            before = dump(db);
        }
        DatabaseFile restored = new DatabaseFile(temp.resolve("restored").resolve("kehoach"));
        backups.restoreTo(zip, restored);
        try (Database db = Database.open(restored, false)) {
            Map<String, List<List<Object>>> after = dump(db);
            before.forEach((table, rows) -> {
                if (!table.equals("AUDIT_LOG")) {
                    assertThat(after.get(table)).as(table).isEqualTo(rows);
                }
            });
            assertThat(after.get("ORGANIZATION")).isNotEmpty();
            new OrganizationRepository(db).save(Organization.of("Sở Mới", "SM", Level.PROVINCE,
                    OrganizationKind.DEPARTMENT, null));
        }
    }

    @Test
    void anOldBackupWithALargeClobUsesH2sLobStreamAndIsRead() throws Exception {
        String longText = "Thực hiện Kế hoạch số 01. ".repeat(1500);
        try (Database db = Database.open(sample, false)) {
            db.inTransaction(tx -> tx.update(vn.kehoach.store.jooq.Tables.PLAN)
                    .set(vn.kehoach.store.jooq.Tables.PLAN.PREAMBLE, longText).execute());
        }
        Path zip = oldBackup(sample, temp.resolve("old.zip"));
        assertThat(scriptOf(zip)).contains("SYSTEM_COMBINE_CLOB(");
        DatabaseFile restored = new DatabaseFile(temp.resolve("restored").resolve("kehoach"));
        backups.restoreTo(zip, restored);
        try (Database db = Database.open(restored, false)) {
            List<String> preambles = db.read(dsl -> dsl.selectDistinct(vn.kehoach.store.jooq.Tables.PLAN.PREAMBLE)
                    .from(vn.kehoach.store.jooq.Tables.PLAN).fetch(0, String.class));
            assertThat(preambles).containsExactly(longText);
        }
    }

    @Test
    void forgedOldBackupsAreRefusedAndNothingRuns() throws Exception {
        Path good = oldBackup(sample, temp.resolve("old.zip"));
        String m = marker.toString().replace('\\', '/');
        Path nested = temp.resolve("nested.sql");
        Files.writeString(nested, "CALL FILE_WRITE('x', '" + m + "');\n");
        List<String> forgeries = List.of(
                "CREATE ALIAS MARK AS 'String mark(String p) throws Exception { java.nio.file.Files.createFile("
                        + "java.nio.file.Path.of(p)); return p; }';\nCALL MARK('" + m + "');\n",
                "CALL FILE_WRITE('x', '" + m + "');\n",
                "RUNSCRIPT FROM '" + nested.toString().replace('\\', '/') + "';\n",
                "INSERT INTO \"PUBLIC\".\"PERSON\" VALUES (999, FILE_WRITE('x', '" + m + "'), 'a', NULL);\n",
                "CREATE TRIGGER \"PUBLIC\".\"T\" BEFORE INSERT ON \"PUBLIC\".\"PERSON\" CALL 'x.Y';\n",
                "DROP TABLE \"PUBLIC\".\"PERSON\";\n",
                "INSERT INTO \"PUBLIC\".\"SECRET\" VALUES (1);\n",
                "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_CLOB AS 'String f() { return \"\"; }';\n");
        int i = 0;
        for (String forged : forgeries) {
            Path bad = temp.resolve("forged-" + i++ + ".zip");
            rewrite(good, bad, entries -> entries.put("kehoach.sql",
                    (forged + new String(entries.get("kehoach.sql"), StandardCharsets.UTF_8)
                            + forged).getBytes(StandardCharsets.UTF_8)));
            assertRefused(bad);
        }
    }

    @Test
    void forgedNewBackupsAreRefusedAndNothingIsCreated() throws Exception {
        Path good;
        try (Database db = Database.open(sample, false)) {
            good = backups.backup(db).file();
        }
        List<Consumer<Map<String, byte[]>>> forgeries = List.of(
                e -> e.put("../evil", "x".getBytes(StandardCharsets.UTF_8)),
                e -> e.put("/tmp/evil.json", "x".getBytes(StandardCharsets.UTF_8)),
                e -> e.put("a\\b.json", "x".getBytes(StandardCharsets.UTF_8)),
                e -> e.put("extra.json", "{}".getBytes(StandardCharsets.UTF_8)),
                e -> e.put("organization.json", new String(e.get("organization.json"), StandardCharsets.UTF_8)
                        .replace("Lào Cai", "Lào Kai").getBytes(StandardCharsets.UTF_8)),
                e -> {
                    ObjectNode t = JSON.createObjectNode().put("table", "SECRET");
                    t.putArray("columns");
                    t.putArray("rows");
                    putTable(e, "secret.json", "SECRET", t, 0);
                },
                e -> editTable(e, "person.json", t -> ((ArrayNode) t.get("columns")).add("EVIL")),
                e -> editTable(e, "organization.json", t -> ((ArrayNode) t.get("rows").get(0)).set(0, "abc")),
                e -> editTable(e, "organization.json", t -> ((ArrayNode) t.get("rows").get(0)).set(1, 42)),
                e -> editTable(e, "organization.json", t -> ((ArrayNode) t.get("rows").get(0)).set(1, "x".repeat(501))),
                e -> editTable(e, "organization.json", t -> ((ArrayNode) t.get("rows")).remove(0)),
                e -> editManifest(e, mf -> mf.put("schemaVersion", "999")));
        int i = 0;
        for (Consumer<Map<String, byte[]>> forgery : forgeries) {
            Path bad = temp.resolve("forged-new-" + i++ + ".zip");
            rewrite(good, bad, forgery);
            assertRefused(bad);
        }
    }

    @Test
    void aRestoreKeepsTheReplacedAuditRowsAndRecordsItself() {
        Path zip;
        List<Long> auditBefore;
        try (Database db = Database.open(sample, false)) {
            zip = backups.backup(db).file();
            new OrganizationRepository(db).save(Organization.of("Sở Sau", "SS", Level.PROVINCE,
                    OrganizationKind.DEPARTMENT, null));
            auditBefore = db.read(dsl -> dsl.select(AUDIT_LOG.ID).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ID));
        }
        DatabaseRestore.restore(home, sample, zip);
        try (Database db = Database.open(sample, false)) {
            List<Long> archived = db.read(dsl -> dsl.select(AUDIT_LOG_ARCHIVE.ID).from(AUDIT_LOG_ARCHIVE)
                    .orderBy(AUDIT_LOG_ARCHIVE.ID).fetch(AUDIT_LOG_ARCHIVE.ID));
            assertThat(archived).isEqualTo(auditBefore);
            List<String> from = db.read(dsl -> dsl.selectDistinct(AUDIT_LOG_ARCHIVE.ARCHIVED_FROM).from(AUDIT_LOG_ARCHIVE)
                    .fetch(0, String.class));
            assertThat(from).containsExactly(sample.toString());
            var last = Audit.recent(db, 1).get(0);
            assertThat(last.action()).isEqualTo("RESTORE");
            assertThat(last.detail()).contains(zip.getFileName().toString());
            assertThat(new OrganizationRepository(db).all()).extracting(Organization::shortName).doesNotContain("SS");
        }
    }

    // ---- helpers

    private void assertRefused(Path bad) {
        DatabaseFile target = new DatabaseFile(temp.resolve("target-" + bad.getFileName()).resolve("kehoach"));
        assertThatThrownBy(() -> backups.restoreTo(bad, target)).as(bad.toString()).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).startsWith("backup.error."));
        assertThat(marker).as("nothing in %s ran", bad).doesNotExist();
        assertThat(target.dataFile()).as("nothing created for %s", bad).doesNotExist();
    }

    /** Every table's rows in key order, as plain lists. */
    private static Map<String, List<List<Object>>> dump(Database db) {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        for (Table<?> t : BackupSchema.tables()) {
            var rows = db.read(dsl -> t.getPrimaryKey() == null ? dsl.selectFrom(t).fetch()
                    : dsl.selectFrom(t).orderBy(t.getPrimaryKey().getFields()).fetch());
            List<List<Object>> list = new ArrayList<>();
            for (Record r : rows) {
                list.add(Arrays.asList(r.intoArray()));
            }
            out.put(t.getName(), list);
        }
        return out;
    }

    /** A backup as the previous version wrote it: H2's SCRIPT, run with admin rights (then the application's user was admin). */
    static Path oldBackup(DatabaseFile file, Path zip) throws Exception {
        List<String> script;
        try (Database db = Database.open(file, false)) {
            script = db.withAdmin(dsl -> dsl.fetch("SCRIPT").getValues(0, String.class));
        }
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("backup.properties"));
            z.write(("format=kehoach-backup-1\ntakenAt=" + LocalDateTime.now() + "\nsource=" + file + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("kehoach.sql"));
            StringBuilder b = new StringBuilder();
            for (String statement : script) {
                if (!statement.contains("\"WRITE_RECEIPT\"")) { // versions that wrote SCRIPT backups had no receipts (V9)
                    b.append(statement).append('\n');
                }
            }
            z.write(b.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return zip;
    }

    private static String scriptOf(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return new String(z.getInputStream(z.getEntry("kehoach.sql")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void rewrite(Path from, Path to, Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(from.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                entries.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        change.accept(entries);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }

    /** Changes a table entry and brings the manifest's checksum and row count along, as a careful forger would. */
    private static void editTable(Map<String, byte[]> entries, String entry, Consumer<ObjectNode> change) {
        try {
            ObjectNode t = (ObjectNode) JSON.readTree(entries.get(entry));
            change.accept(t);
            putTable(entries, entry, t.get("table").asText(), t, -1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putTable(Map<String, byte[]> entries, String entry, String table, ObjectNode content, int rows) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(content);
            entries.put(entry, bytes);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            editManifest(entries, mf -> {
                ArrayNode tables = (ArrayNode) mf.get("tables");
                ObjectNode listed = null;
                for (var n : tables) {
                    if (n.get("entry").asText().equals(entry)) {
                        listed = (ObjectNode) n;
                    }
                }
                if (listed == null) {
                    listed = tables.addObject().put("table", table).put("entry", entry).put("rows", rows);
                }
                listed.put("sha256", sha);
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void editManifest(Map<String, byte[]> entries, Consumer<ObjectNode> change) {
        try {
            ObjectNode mf = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
            change.accept(mf);
            entries.put("manifest.json", JSON.writeValueAsBytes(mf));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
