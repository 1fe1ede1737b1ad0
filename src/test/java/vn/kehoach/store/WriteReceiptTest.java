package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.UserError;

/**
 * The holder of the shared file leaves while this workstation's commit is on its way: the write is
 * run again only when it had not reached the file, so it is neither lost nor applied twice.
 */
class WriteReceiptTest {
    @TempDir
    Path temp;

    private static Organization dept(String shortName) {
        return Organization.of("Sở " + shortName, shortName, Level.PROVINCE, OrganizationKind.DEPARTMENT, null);
    }

    @Test
    void aCommitThatReachedTheFileBeforeTheHolderLeftIsNotRunAgain() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        Database.open(file, true).close();
        try (OtherProcess holder = new OtherProcess(file, "shared");
             Database db = Database.open(file, false)) {
            assertThat(db.isHolder()).isFalse();
            // the commit reaches the holder, which dies before its answer comes back
            db.listenToTransactions(once(false, () -> {
                holder.kill();
                throw new DataAccessException("cut", new SQLException("Connection is broken", "08006", 90067));
            }));
            OrganizationRepository orgs = new OrganizationRepository(db);

            assertThatThrownBy(() -> orgs.save(dept("STC")))
                    .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("db.writeUnconfirmed"))
                    .hasMessageContaining("F5");

            assertThat(db.isHolder()).isTrue();
            assertThat(orgs.all()).extracting(Organization::shortName).containsExactly("STC");
            orgs.save(dept("SNV"));
            assertThat(orgs.all()).extracting(Organization::shortName).containsExactlyInAnyOrder("STC", "SNV");
        }
    }

    @Test
    void aCommitCutBeforeItReachedTheFileIsRunAgainOnce() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        Database.open(file, true).close();
        try (OtherProcess holder = new OtherProcess(file, "shared");
             Database db = Database.open(file, false)) {
            // the holder dies just before the commit is sent
            db.listenToTransactions(once(true, holder::kill));
            OrganizationRepository orgs = new OrganizationRepository(db);

            Organization saved = orgs.save(dept("STC"));

            assertThat(saved.id()).isNotNull();
            assertThat(db.isHolder()).isTrue();
            assertThat(orgs.all()).extracting(Organization::id).containsExactly(saved.id());
        }
    }

    @Test
    void oldReceiptsGoWhenTheDatabaseOpensAndNoneIsBackedUp() {
        DatabaseFile file = new DatabaseFile(temp.resolve("kehoach"));
        try (Database db = Database.open(file, true)) {
            new OrganizationRepository(db).save(dept("STC"));
            db.inTransaction(tx -> tx.execute("UPDATE write_receipt SET written_at = DATEADD(DAY, -8, CURRENT_TIMESTAMP)"));
        }
        try (Database db = Database.open(file, false)) {
            // the 8-day-old ones are gone; the open's own clean-up left one receipt, from today
            int receipts = db.read(dsl -> dsl.fetchCount(vn.kehoach.store.jooq.Tables.WRITE_RECEIPT));
            assertThat(receipts).isEqualTo(1);
        }
        assertThat(vn.kehoach.store.backup.BackupSchema.tables()).extracting(t -> t.getName())
                .doesNotContain(vn.kehoach.store.jooq.Tables.WRITE_RECEIPT.getName()).contains("PLAN");
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
