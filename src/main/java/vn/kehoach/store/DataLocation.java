package vn.kehoach.store;

import java.nio.file.Paths;

/**
 * Where an office's data lives: an H2 file on the LAN drive ({@link DatabaseFile}) or a database
 * on a PostgreSQL server ({@link ServerDatabase}). Chosen in the same places ({@code --db},
 * {@code KEHOACH_DB}, Settings); {@link Database#open} turns it into the one way of reaching it.
 */
public sealed interface DataLocation permits DatabaseFile, ServerDatabase {
    /** What identifies it across runs: remembered in Settings, hashed into the backup folder's name. */
    String identity();

    /** A short name for backup files ("kehoach"). */
    String shortName();

    /** Whether the data is on a server, whose own tools keep its backups and its users. */
    default boolean isServer() {
        return this instanceof ServerDatabase;
    }

    /**
     * What the person typed: a {@code postgresql://host:port/name} address (signed in with
     * {@code login}) or a path to a file or folder.
     */
    static DataLocation parse(String text, ServerLogin login) {
        String t = text.strip();
        return ServerDatabase.isAddress(t) ? ServerDatabase.parse(t, login) : DatabaseFile.of(Paths.get(t));
    }
}
