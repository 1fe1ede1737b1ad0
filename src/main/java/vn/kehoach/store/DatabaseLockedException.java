package vn.kehoach.store;

import java.util.Optional;
import vn.kehoach.domain.UserError;

/**
 * The database file is held by another workstation that this one cannot reach. Carries the
 * holder, as recorded in the lock-info file, so the user knows whom to ask.
 */
public class DatabaseLockedException extends UserError {
    private final transient HolderInfo holder;

    public DatabaseLockedException(Throwable cause, DatabaseFile file, HolderInfo holder) {
        super(cause, holder == null ? "db.locked.unknownHolder" : "db.locked",
                holder == null ? new Object[] {file.toString()}
                        : new Object[] {file.toString(), holder.machine(), holder.user(),
                                holder.since().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))});
        this.holder = holder;
    }

    public Optional<HolderInfo> holder() {
        return Optional.ofNullable(holder);
    }
}
