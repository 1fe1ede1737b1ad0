package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.DatabaseRestore;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.UserError;

class BackupTest {
    @TempDir
    Path temp;

    @Test
    void restoringABackupBringsTheDataBackAndKeepsASafetyCopy() {
        AppHome home = new AppHome(temp.resolve("home"));
        BackupService backups = new BackupService(home);
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        BackupService.Backup before;
        try (Database db = Database.open(file, true)) {
            new OrganizationRepository(db).save(Fixtures.dept("SNN"));
            before = backups.backup(db);
            new OrganizationRepository(db).save(Fixtures.dept("STC"));
        }
        assertThat(before.file()).startsWith(home.backups());

        BackupService.Backup safety = DatabaseRestore.restore(home, file, before.file()).safety().orElseThrow();

        try (Database db = Database.open(file, false)) {
            assertThat(new OrganizationRepository(db).all()).extracting(Organization::shortName).containsExactly("SNN");
        }
        // the state before the restore is itself a backup
        DatabaseFile check = new DatabaseFile(temp.resolve("check").resolve("kehoach"));
        backups.restoreTo(safety.file(), check);
        try (Database db = Database.open(check, false)) {
            assertThat(new OrganizationRepository(db).all()).extracting(Organization::shortName)
                    .containsExactly("SNN", "STC");
        }
    }

    @Test
    void onlyTheLastTenAreKept() {
        AppHome home = new AppHome(temp.resolve("home"));
        BackupService backups = new BackupService(home);
        try (Database db = Database.open(new DatabaseFile(temp.resolve("kehoach")), true)) {
            for (int i = 0; i < 12; i++) {
                backups.backup(db);
            }
            assertThat(backups.list(db.location())).hasSize(BackupService.KEEP);
            assertThat(backups.backupIfDue(db)).isEmpty();
        }
    }

    @Test
    void theDailyBackupIsDueByTheNewestBackupsTimeItsNameOrElseItsManifest() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        BackupService backups = new BackupService(home);
        try (Database db = Database.open(new DatabaseFile(temp.resolve("kehoach")), true)) {
            assertThat(backups.backupIfDue(db)).as("none yet").isPresent();
            assertThat(backups.backupIfDue(db)).as("one of a minute ago, by its name").isEmpty();
            // renamed as if two days old: the manifest inside still says today, so none is due
            Path taken = backups.list(db.location()).get(0).file();
            Path renamed = taken.resolveSibling(db.location().shortName() + "-"
                    + java.time.LocalDateTime.now().minusDays(2).format(
                            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".zip");
            Files.move(taken, renamed);
            assertThat(backups.backupIfDue(db)).isEmpty();
            assertThat(backups.list(db.location())).hasSize(1);
        }
    }

    @Test
    void aForeignOrCorruptFileIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        DatabaseFile file = new DatabaseFile(temp.resolve("kehoach"));
        try (Database db = Database.open(file, true)) {
            new OrganizationRepository(db).save(Fixtures.dept("SNN"));
        }
        Path foreign = temp.resolve("hinh-anh.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(foreign))) {
            z.putNextEntry(new ZipEntry("anh.jpg"));
            z.write(new byte[] {1, 2, 3});
        }
        Path garbage = temp.resolve("hong.zip");
        Files.writeString(garbage, "không phải tệp nén");
        Path truncated = temp.resolve("cut.zip");
        try (Database db = Database.open(file, false)) {
            Path good = new BackupService(home).backup(db).file();
            byte[] bytes = Files.readAllBytes(good);
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        for (Path bad : new Path[] {foreign, garbage, truncated}) {
            assertThatThrownBy(() -> DatabaseRestore.restore(home, file, bad)).isInstanceOf(UserError.class)
                    .satisfies(e -> assertThat(((UserError) e).key()).startsWith("backup.error."));
        }
        try (Database db = Database.open(file, false)) {
            assertThat(new OrganizationRepository(db).all()).hasSize(1);
        }
    }
}
