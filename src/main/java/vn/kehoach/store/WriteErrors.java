package vn.kehoach.store;

import java.util.Locale;

/**
 * Which message a failed write deserves. PostgreSQL names the cause by SQL state; H2 reports a full disk or a read-only share in many
 * ways (its own codes, or a general error 50000 wrapping the operating system's IOException),
 * so the whole chain of causes is read, not only the code.
 */
final class WriteErrors {
    private WriteErrors() {}

    static String keyFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")
                    || m.contains("quota exceeded") || t instanceof java.nio.file.FileSystemException fs
                    && String.valueOf(fs.getReason()).toLowerCase(Locale.ROOT).contains("space")) {
                return "db.diskFull";
            }
            if (m.contains("read-only file system") || m.contains("permission denied") || m.contains("access is denied")
                    || t instanceof java.nio.file.AccessDeniedException) {
                return "db.noWrite";
            }
        }
        int code = 0;
        String state = null;
        for (Throwable t = error; t != null && code == 0 && state == null; t = t.getCause()) {
            code = t instanceof java.sql.SQLException sql ? sql.getErrorCode() : 0;
            state = t instanceof java.sql.SQLException sql && code == 0 ? sql.getSQLState() : null;
        }
        if (state != null) {
            return serverKeyFor(state);
        }
        return switch (code) {
            case 90097 -> "db.noWrite";
            case 90067, 90028, 90031, 90098, 90121 -> "db.connectionLost";
            case 50200 -> "db.busy";
            default -> "db.writeFailed";
        };
    }

    /** PostgreSQL says what went wrong by SQL state, not by code. */
    private static String serverKeyFor(String state) {
        if (state.startsWith("08")) {
            return "db.connectionLost";
        }
        return switch (state) {
            case "53100" -> "db.diskFull";
            case "40001", "40P01", "55P03" -> "db.busy";
            case "42501" -> "db.server.noRight";
            default -> "db.writeFailed";
        };
    }

    /** The connection or the engine behind it is gone (holder left, share lost, H2 closed the file after a failed write). */
    static boolean connectionGone(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                switch (sql.getErrorCode()) {
                    case 90067, 90098, 90121, 90028, 90031 -> {
                        return true;
                    }
                    default -> { }
                }
            }
        }
        return false;
    }
}
