package vn.kehoach.store;

import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Runs DDL (e.g. restarting identity columns after a restore) with the rights it needs.
 * Placeholder of the backup branch: main replaces this file with the real one, which runs the work
 * through an in-process admin connection; here it is the application's own transaction.
 */
public final class AdminAccess {
    private AdminAccess() {}

    public static <T> T run(Database db, Function<DSLContext, T> work) {
        return db.inTransaction(work);
    }
}
