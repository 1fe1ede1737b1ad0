package vn.kehoach.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a database lives. The user may name a folder ("Z:\\kehoach"), the data file
 * ("kehoach.mv.db") or the base name H2 uses ("kehoach"); all become the same base path.
 */
public record DatabaseFile(Path base) {
    public static final String DATA_SUFFIX = ".mv.db";
    public static final String DEFAULT_NAME = "kehoach";

    public DatabaseFile {
        base = base.toAbsolutePath().normalize();
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
    public String toString() {
        return dataFile().toString();
    }
}
