package vn.kehoach.store.planfile;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads and writes directory files with the same strict rules as {@link PlanFileCodec}. */
public final class DirectoryFileCodec {
    /** The demo directory shipped with the app. */
    public static final String SAMPLE = "/sample/directory.json";

    private DirectoryFileCodec() {}

    public static DirectoryFile read(Path path) {
        return read(JsonFiles.readAll(path));
    }

    public static DirectoryFile read(Reader reader) {
        return read(JsonFiles.readAll(reader));
    }

    public static DirectoryFile read(String json) {
        return JsonFiles.read(json, DirectoryFile.class, DirectoryFile.FORMAT_VERSION);
    }

    public static String write(DirectoryFile file) {
        return JsonFiles.write(file);
    }

    public static void write(DirectoryFile file, Path path) {
        JsonFiles.write(file, path);
    }

    /** The demo directory from the class path. */
    public static DirectoryFile sample() {
        return read(resource(SAMPLE));
    }

    /** A UTF-8 reader over a class-path resource. */
    public static Reader resource(String name) {
        InputStream in = DirectoryFileCodec.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(name));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
