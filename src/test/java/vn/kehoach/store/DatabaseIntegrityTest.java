package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.UserError;

/** Damaged files are refused at open, untouched; a full disk is said, and nothing half-saved. */
class DatabaseIntegrityTest {
    @TempDir
    Path temp;

    private DatabaseFile closedDatabaseWithData(int bodies) {
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        try (Database db = Database.open(file, true)) {
            OrganizationRepository orgs = new OrganizationRepository(db);
            for (int i = 0; i < bodies; i++) {
                orgs.save(body(i, "Phòng " + i));
            }
        }
        return file;
    }

    private static Organization body(int i, String name) {
        return Organization.of("Ủy ban nhân dân xã " + name, "UBND xã " + i, Level.COMMUNE, OrganizationKind.PEOPLES_COMMITTEE,
                null);
    }

    @Test
    void aZeroLengthFileIsRefusedAndNotRecreated() throws Exception {
        DatabaseFile file = closedDatabaseWithData(3);
        Files.write(file.dataFile(), new byte[0]);
        assertRefusedUntouched(file, "db.damaged.empty");
        assertThat(Files.size(file.dataFile())).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 90, 99})
    void aTruncatedFileIsRefusedAtOpen(int percent) throws Exception {
        DatabaseFile file = closedDatabaseWithData(40);
        long size = Files.size(file.dataFile());
        try (RandomAccessFile raf = new RandomAccessFile(file.dataFile().toFile(), "rw")) {
            raf.setLength(size * percent / 100);
        }
        assertRefusedUntouched(file, "db.damaged.truncated");
    }

    @Test
    void aTruncatedCopyWithoutItsSealIsStillRefused() throws Exception {
        DatabaseFile file = closedDatabaseWithData(40);
        Path copyFolder = Files.createDirectories(temp.resolve("copy"));
        DatabaseFile copy = new DatabaseFile(copyFolder.resolve("kehoach"));
        byte[] bytes = Files.readAllBytes(file.dataFile());
        Files.write(copy.dataFile(), java.util.Arrays.copyOf(bytes, bytes.length * 90 / 100));
        Files.copy(file.accessFile(), copy.accessFile());
        assertRefusedUntouched(copy, "db.damaged.truncated");
    }

    @Test
    void oneFlippedByteIsRefusedAtOpen() throws Exception {
        DatabaseFile file = closedDatabaseWithData(40);
        try (RandomAccessFile raf = new RandomAccessFile(file.dataFile().toFile(), "rw")) {
            long at = raf.length() / 2;
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0x10);
        }
        assertRefusedUntouched(file, "db.damaged.changed");
    }

    @Test
    void theLatestBackupIsRestoredOverADamagedFileWhichIsKeptAside() throws Exception {
        DatabaseFile file = closedDatabaseWithData(5);
        AppHome home = new AppHome(temp.resolve("home"));
        try (Database db = Database.open(file, false)) {
            new BackupService(home).backup(db);
        }
        Files.write(file.dataFile(), new byte[0]);
        BackupService.Backup latest = new BackupService(home).latest(file).orElseThrow();
        vn.kehoach.app.DatabaseRestore.Outcome outcome = vn.kehoach.app.DatabaseRestore.restore(home, file,
                latest.file());
        assertThat(outcome.damagedKeptAs()).get().satisfies(p -> assertThat(Files.size(p)).isZero());
        try (Database db = Database.open(file, false)) {
            assertThat(new OrganizationRepository(db).all()).hasSize(5);
        }
    }

    @Test
    void aCleanlyClosedFileOpensAgainWithEverything() {
        DatabaseFile file = closedDatabaseWithData(40);
        for (int i = 0; i < 3; i++) {
            try (Database db = Database.open(file, false)) {
                assertThat(new OrganizationRepository(db).all()).hasSize(40);
            }
        }
    }

    private void assertRefusedUntouched(DatabaseFile file, String key) throws Exception {
        String before = digest(file.dataFile());
        Set<String> filesBefore = names(file.folder());
        assertThatThrownBy(() -> Database.open(file, false))
                .isInstanceOf(DatabaseDamagedException.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo(key))
                .hasMessageContaining(file.dataFile().toString())
                .satisfies(e -> assertThat(e.getLocalizedMessage()).doesNotContain("org.h2", "Exception"));
        assertThatThrownBy(() -> Database.open(file, true)).isInstanceOf(DatabaseDamagedException.class);
        assertThat(digest(file.dataFile())).isEqualTo(before);
        assertThat(names(file.folder())).isEqualTo(filesBefore);
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /**
     * A full disk during a 500-row import: the disk-full message, nothing saved; after space is
     * freed the same import saves everything. Needs a small filesystem, mounted here as tmpfs
     * (root in CI); skipped where mounting is not allowed.
     */
    @Test
    void aFullDiskIsSaidAndNothingIsHalfSaved() throws Exception {
        Path mount = Files.createDirectories(temp.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()) == 0,
                "cannot mount a small filesystem here");
        try {
            DatabaseFile file = new DatabaseFile(mount.resolve("kehoach"));
            try (Database db = Database.open(file, true)) {
                OrganizationRepository orgs = new OrganizationRepository(db);
                Path filler = mount.resolve("filler.bin");
                long free = Files.getFileStore(mount).getUsableSpace();
                Files.write(filler, new byte[(int) Math.max(0, free - 64 * 1024)]);
                List<Organization> batch = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    batch.add(body(i, "Nhập thử ".repeat(20) + i));
                }
                assertThatThrownBy(() -> db.inTransaction(tx -> {
                    batch.forEach(o -> OrganizationRepository.save(tx, o));
                    return null;
                })).isInstanceOf(UserError.class)
                        .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("db.diskFull"));
                Files.delete(filler);
                assertThat(countAfterReopen(db, orgs)).isZero();
                db.inTransaction(tx -> {
                    batch.forEach(o -> OrganizationRepository.save(tx, o));
                    return null;
                });
                assertThat(orgs.all()).hasSize(500);
            }
            try (Database again = Database.open(file, false)) {
                assertThat(new OrganizationRepository(again).all()).hasSize(500);
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    /** After a failed write H2 may have closed the file; the next read reconnects. */
    private static int countAfterReopen(Database db, OrganizationRepository orgs) {
        return orgs.all().size();
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
