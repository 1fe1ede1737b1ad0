package vn.kehoach.store;

import java.util.function.Function;
import org.jooq.DSLContext;

/** DDL that a restore needs (identity restarts), with the rights {@link Database#withAdmin} gives on a file or a server. */
public final class AdminAccess {
    private AdminAccess() {}

    public static <T> T run(Database db, Function<DSLContext, T> work) {
        return db.withAdmin(work);
    }
}
