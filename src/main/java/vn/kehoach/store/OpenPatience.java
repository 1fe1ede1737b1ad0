package vn.kehoach.store;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two workstations starting at the same moment: one is still opening the file ("lock file
 * recently modified", a holder whose server is not listening yet) when the other arrives.
 * The second waits a little and tries again, then connects through the new holder.
 */
final class OpenPatience {
    private static final Logger LOG = LoggerFactory.getLogger(OpenPatience.class);
    /** How long a start waits for another that is opening the same file. */
    static final long PATIENCE_MS = 10_000;
    /**
     * Changes {@link #PATIENCE_MS} for the tests of a holder that never answers, which would
     * otherwise sit out the whole wait before the holder is named.
     */
    static final String PATIENCE_PROPERTY = "kehoach.openPatienceMs";

    /** An attempt to open that may meet another process's opening. */
    interface Attempt<T> {
        T run() throws SQLException;
    }

    private OpenPatience() {}

    static <T> T retry(DatabaseFile file, Attempt<T> attempt) throws SQLException {
        long deadline = System.currentTimeMillis() + patienceMs();
        for (int tries = 1; ; tries++) {
            try {
                return attempt.run();
            } catch (SQLException e) {
                if (!isTransient(e) || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                LOG.info("{} is being opened elsewhere ({}), try {} again shortly", file, e.getErrorCode(), tries);
                pause(50L * Math.min(tries, 10) + ThreadLocalRandom.current().nextLong(50));
            }
        }
    }

    static long patienceMs() {
        return Long.getLong(PATIENCE_PROPERTY, PATIENCE_MS);
    }

    /** Errors that mean "someone else is opening or holds it and may serve it in a moment". */
    static boolean isTransient(SQLException e) {
        return switch (e.getErrorCode()) {
            case 8000, 90020, 90067, 90028, 90098 -> true;
            default -> false;
        };
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
