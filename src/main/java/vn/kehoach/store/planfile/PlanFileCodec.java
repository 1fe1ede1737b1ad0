package vn.kehoach.store.planfile;

import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads and writes plan files: JSON, UTF-8, NFC, pretty-printed with "\n" line ends.
 * A malformed file is refused with a {@link vn.kehoach.domain.UserError} that names the line
 * and the field at fault (keys {@code planfile.*} of the Vietnamese bundle).
 */
public final class PlanFileCodec {
    private PlanFileCodec() {}

    public static PlanFile read(Path path) {
        return read(JsonFiles.readAll(path));
    }

    public static PlanFile read(Reader reader) {
        return read(JsonFiles.readAll(reader));
    }

    public static PlanFile read(String json) {
        return JsonFiles.read(json, PlanFile.class, PlanFile.FORMAT_VERSION);
    }

    public static String write(PlanFile file) {
        return JsonFiles.write(file);
    }

    /** Writes atomically (temporary file, then move). */
    public static void write(PlanFile file, Path path) {
        JsonFiles.write(file, path);
    }
}
