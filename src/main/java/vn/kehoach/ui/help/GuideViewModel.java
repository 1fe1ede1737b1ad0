package vn.kehoach.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.TaskRunner;

/**
 * The in-app guide: one short page per screen, shipped as Markdown in the application (works offline).
 * Knows no controls: a page is read in the background and comes back as blocks (headings, paragraphs,
 * list items) that the view lays out.
 */
public final class GuideViewModel {
    /** Every page, in the order of the contents list: the screens of the window, then the other windows. */
    public static final List<String> PAGES = List.of("overview", "plans", "builder", "preview", "tasks", "conference",
            "awards", "directory", "settings", "keys");

    public enum Kind { TITLE, HEADING, PARAGRAPH, ITEM }

    /** One block of a page; {@code text} may hold **bold** spans. */
    public record Block(Kind kind, String text) {}

    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final ObjectProperty<String> page = new SimpleObjectProperty<>(this, "page");
    private final ReadOnlyObjectWrapper<List<Block>> blocks = new ReadOnlyObjectWrapper<>(this, "blocks", List.of());

    public GuideViewModel(TaskRunner runner, ErrorReporter errors) {
        this.runner = runner;
        this.errors = errors;
        page.addListener((o, old, p) -> {
            if (p != null) {
                runner.submit(() -> parse(read(p)), blocks::set, errors::report);
            }
        });
    }

    /** The page shown; setting it reads the page. */
    public ObjectProperty<String> pageProperty() {
        return page;
    }

    public ReadOnlyObjectProperty<List<Block>> blocksProperty() {
        return blocks.getReadOnlyProperty();
    }

    /** The name of a page in the contents list. */
    public static String title(String page) {
        return vn.kehoach.domain.Messages.get("ui.window.guide.page." + page);
    }

    static String read(String page) {
        try (InputStream in = GuideViewModel.class.getResourceAsStream("/vn/kehoach/ui/help/" + page + ".md")) {
            if (in == null) {
                throw new IllegalArgumentException("No guide page " + page);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The small Markdown the guide uses: "# " title, "## " heading, "- " item, blank lines between paragraphs. */
    static List<Block> parse(String markdown) {
        List<Block> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            Kind kind = line.startsWith("## ") ? Kind.HEADING : line.startsWith("# ") ? Kind.TITLE
                    : line.startsWith("- ") ? Kind.ITEM : null;
            if (kind != null || line.isEmpty()) {
                flush(paragraph, out);
            }
            if (kind != null) {
                out.add(new Block(kind, line.substring(kind == Kind.HEADING ? 3 : 2).strip()));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flush(paragraph, out);
        return out;
    }

    private static void flush(StringBuilder paragraph, List<Block> out) {
        if (paragraph.length() > 0) {
            out.add(new Block(Kind.PARAGRAPH, paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
