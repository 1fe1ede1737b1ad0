package vn.kehoach.store;

import vn.kehoach.domain.UserError;

/** The file is empty, cut short or changed since it was last closed: refused before H2 touches it. */
public class DatabaseDamagedException extends UserError {
    DatabaseDamagedException(DatabaseFile file, FileIntegrity.Damage damage) {
        super("db.damaged." + damage.name().toLowerCase(java.util.Locale.ROOT), file.toString());
    }
}
