package vn.kehoach.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kehoach.domain.UserError;

/** Writes a file atomically: a temp file in the same folder, then a move over the target. */
public final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * @throws UserError {@code document.error.targetLocked} when the target is open elsewhere or
     *                   cannot be replaced, {@code document.error.writeFailed} on other failures
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = absolute.getFileName().toString();
        checkNotLocked(absolute);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (FileSystemException e) {
            LOG.warn("Cannot replace {}", absolute, e);
            throw new UserError(e, "document.error.targetLocked", name);
        } catch (IOException e) {
            LOG.warn("Cannot write {}", absolute, e);
            throw new UserError(e, "document.error.writeFailed", name);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("Cannot delete temp file {}", temp, e);
                }
            }
        }
    }

    /** On Windows a file open in Word cannot be opened for writing: tell the user before working. */
    private static void checkNotLocked(Path target) {
        if (Files.isDirectory(target)) {
            throw new UserError("document.error.targetLocked", target.getFileName().toString());
        }
        if (!Files.exists(target)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            LOG.trace("{} is writable ({} bytes)", target, ch.size());
        } catch (IOException e) {
            LOG.warn("Target {} is locked", target, e);
            throw new UserError(e, "document.error.targetLocked", target.getFileName().toString());
        }
    }
}
