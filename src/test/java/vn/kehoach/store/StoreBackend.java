package vn.kehoach.store;

import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * Where a store test keeps its data: a new H2 file in the test's folder, or a new database on
 * the test run's PostgreSQL server. Tests take it as a parameter ({@link OnBothDatabases}) and
 * run once on each.
 */
public record StoreBackend(String name, BiFunction<Path, String, DataLocation> factory) {
    /** A new, migrated database; {@code label} tells several of one test apart. */
    public DataLocation newLocation(Path temp, String label) {
        return factory.apply(temp, label);
    }

    public DataLocation newLocation(Path temp) {
        return newLocation(temp, "kehoach");
    }

    public boolean isServer() {
        return name.equals(OnBothDatabases.POSTGRESQL);
    }

    @Override
    public String toString() {
        return name;
    }
}
