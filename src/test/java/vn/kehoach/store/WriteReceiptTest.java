package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kehoach.store.jooq.Tables.WRITE_RECEIPT;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.Organization;
import vn.kehoach.app.AppContext;

/**
 * The holder of the shared file leaves while this workstation's commit is on its way: the write is
 * run again only when it had not reached the file, so it is neither lost nor applied twice.
 */
class WriteReceiptTest {
    @TempDir
    Path temp;

    /** A new file on the "LAN drive", closed, for another process to hold. */
    private DatabaseFile sharedFile() {
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        Database.open(file, true).close();
        return file;
    }

    @Test
    void aCommitThatReachedTheFileBeforeTheHolderLeftIsNotRunAgain() throws Exception {
        DatabaseFile file = sharedFile();
        try (OtherProcess holder = new OtherProcess(file, "shared");
             Database db = Database.open(file, false)) {
            assertThat(db.isHolder()).isFalse();
            // the commit reaches the holder, which dies before its answer comes back
            db.listenToTransactions(once(false, () -> {
                holder.kill();
                throw new DataAccessException("cut", new SQLException("Connection is broken", "08006", 90067));
            }));
            OrganizationRepository orgs = new OrganizationRepository(db);

            assertThatThrownBy(() -> orgs.save(Fixtures.dept("STC")))
                    .isInstanceOfSatisfying(WriteUnconfirmedException.class, e -> assertThat(e.key()).isEqualTo("db.writeUnconfirmed"))
                    .hasMessageContaining("F5");

            assertThat(db.isHolder()).isTrue();
            assertThat(orgs.all()).extracting(Organization::shortName).containsExactly("STC");
            orgs.save(Fixtures.dept("SNV"));
            assertThat(orgs.all()).extracting(Organization::shortName).containsExactlyInAnyOrder("STC", "SNV");
        }
    }

    @Test
    void aCommitCutBeforeItReachedTheFileIsRunAgainOnce() throws Exception {
        DatabaseFile file = sharedFile();
        try (OtherProcess holder = new OtherProcess(file, "shared");
             Database db = Database.open(file, false)) {
            // the holder dies just before the commit is sent
            db.listenToTransactions(once(true, holder::kill));
            OrganizationRepository orgs = new OrganizationRepository(db);

            Organization saved = orgs.save(Fixtures.dept("STC"));

            assertThat(saved.id()).isNotNull();
            assertThat(db.isHolder()).isTrue();
            assertThat(orgs.all()).extracting(Organization::id).containsExactly(saved.id());
        }
    }

    @Test
    void oldReceiptsGoWithTheDailyBackupAndNoneIsBackedUp() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("kehoach"));
        try (AppContext ctx = AppContext.open(new AppHome(temp.resolve("home")), file, true)) {
            Database db = ctx.database();
            new OrganizationRepository(db).save(Fixtures.dept("STC"));
            db.inTransaction(tx -> tx.execute("UPDATE write_receipt SET written_at = DATEADD(DAY, -8, CURRENT_TIMESTAMP)"));
            new OrganizationRepository(db).save(Fixtures.dept("SNV"));
            int before = receipts(db);

            ctx.backupIfDue(); // the first of the day: taken, and the week-old receipts go with it

            assertThat(ctx.backups().list(file)).hasSize(1);
            // those of today stay (the saves, the upkeep's own); the aged ones are gone
            assertThat(receipts(db)).isLessThan(before).isGreaterThanOrEqualTo(2);
            int aged = db.read(dsl -> dsl.fetchCount(WRITE_RECEIPT,
                    WRITE_RECEIPT.WRITTEN_AT.lt(java.time.LocalDateTime.now().minusDays(7))));
            assertThat(aged).isZero();
        }
        assertThat(vn.kehoach.store.backup.BackupSchema.tables()).extracting(t -> t.getName())
                .doesNotContain(WRITE_RECEIPT.getName()).contains("PLAN");
    }

    private static int receipts(Database db) {
        return db.read(dsl -> dsl.fetchCount(WRITE_RECEIPT));
    }

    /** Runs {@code action} once, when the first commit starts ({@code atStart}) or has ended. */
    private static TransactionListener once(boolean atStart, ThrowingAction action) {
        AtomicBoolean done = new AtomicBoolean();
        return new TransactionListener() {
            @Override
            public void commitStart(TransactionContext ctx) {
                if (atStart && done.compareAndSet(false, true)) {
                    action.runUnchecked();
                }
            }

            @Override
            public void commitEnd(TransactionContext ctx) {
                if (!atStart && done.compareAndSet(false, true)) {
                    action.runUnchecked();
                }
            }
        };
    }

    private interface ThrowingAction {
        void run() throws Exception;

        default void runUnchecked() {
            try {
                run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
