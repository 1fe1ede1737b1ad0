package vn.kehoach.store;

import vn.kehoach.domain.UserError;

/**
 * A write that reached the database but whose answer a broken connection cut off (the holder of
 * the shared file left at that moment): it is stored, once, and what the caller holds is stale.
 */
public final class WriteUnconfirmedException extends UserError {
    public WriteUnconfirmedException(Throwable cause, String location) {
        super(cause, "db.writeUnconfirmed", location);
    }
}
