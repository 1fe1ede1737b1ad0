package vn.kehoach.store;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.kehoach.domain.UserError;

/**
 * Where a database lives. The user may name a folder ("Z:\\kehoach"), the data file
 * ("kehoach.mv.db") or the base name H2 uses ("kehoach"); all become the same base path.
 * A path is only a path: anything H2 would read as URL syntax (a {@code ;} that starts a
 * setting, control characters) is refused, whether it came from {@code --db}, the environment
 * or Settings.
 */
public record DatabaseFile(Path base) implements DataLocation {
    public static final String DATA_SUFFIX = ".mv.db";
    public static final String DEFAULT_NAME = "kehoach";

    public DatabaseFile {
        base = base.toAbsolutePath().normalize();
        refuseUrlSyntax(base.toString());
    }

    /** {@code ;} would start an H2 setting such as {@code INIT=…}; control characters have no place in a path. */
    static void refuseUrlSyntax(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                throw new UserError("db.badPath", path.replaceAll("\\p{Cntrl}", "?"));
            }
        }
    }

    public static DatabaseFile of(Path chosen) {
        Path p = chosen.toAbsolutePath().normalize();
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.endsWith(DATA_SUFFIX)) {
            return new DatabaseFile(p.resolveSibling(name.substring(0, name.length() - DATA_SUFFIX.length())));
        }
        if (Files.isDirectory(p)) {
            return new DatabaseFile(p.resolve(DEFAULT_NAME));
        }
        return new DatabaseFile(p);
    }

    public Path dataFile() {
        return base.resolveSibling(base.getFileName() + DATA_SUFFIX);
    }

    /** The small file in which the process holding the database says who it is. */
    public Path holderFile() {
        return base.resolveSibling(base.getFileName() + ".holder.properties");
    }

    /** The app's own database user, readable by whoever may open the file (the share's rights protect it). */
    public Path accessFile() {
        return base.resolveSibling(base.getFileName() + ".access.properties");
    }

    /** What the last clean close recorded about the file, to tell a damaged file at the next open. */
    public Path sealFile() {
        return base.resolveSibling(base.getFileName() + ".seal.properties");
    }

    /** H2's lock file: present while a process holds the database (or after one died holding it). */
    public Path lockFile() {
        return base.resolveSibling(base.getFileName() + ".lock.db");
    }

    /** Present while a process is creating this database, so that a second one waits for it. */
    Path creatingMarker() {
        return base.resolveSibling(base.getFileName() + ".creating");
    }

    public Path folder() {
        return base.getParent();
    }

    public boolean exists() {
        return Files.exists(dataFile());
    }

    public String jdbcPath() {
        return base.toString().replace('\\', '/');
    }

    @Override
    public String identity() {
        return dataFile().toString();
    }

    @Override
    public String shortName() {
        return base.getFileName().toString();
    }

    @Override
    public String toString() {
        return dataFile().toString();
    }
}
