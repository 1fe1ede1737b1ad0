package vn.kehoach.store;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;

/** Why a database could not be opened, in words the user can act on; the H2 details go to the log. */
final class OpenErrors {
    private static final Logger LOG = LoggerFactory.getLogger(OpenErrors.class);

    private OpenErrors() {}

    static UserError translate(SQLException e, DatabaseFile file) {
        LOG.warn("Cannot open {}: {} ({})", file, e.getMessage(), e.getErrorCode(), e);
        String cause = WriteErrors.keyFor(e);
        if (cause.equals("db.diskFull") || cause.equals("db.noWrite")) {
            return new UserError(e, cause, file.toString());
        }
        return switch (e.getErrorCode()) {
            case 90020, 90067, 90028, 8000 -> new DatabaseLockedException(e, file,
                    HolderInfo.readFrom(file.holderFile()).orElse(null));
            case 90146, 90013 -> new UserError(e, "db.fileMissing", file.toString());
            case 28000 -> new UserError(e, "db.wrongCredentials", file.toString());
            case 90048, 90030, 90031, 90049, 50000 -> new UserError(e, "db.notH2", file.toString());
            default -> new UserError(e, "db.cannotOpen", file.toString());
        };
    }
}
