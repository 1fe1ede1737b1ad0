package vn.kehoach.document;

import java.util.List;

/**
 * A document laid out once: blocks in order; page numbers at the top centre from page 2.
 * {@code status} goes into the DOCX's content status ({@link #ISSUED} or {@link #DRAFT} for a plan,
 * null for other documents), so that a later check of the file knows what it is checking.
 */
public record LaidOutDocument(String title, List<Block> blocks, String status) {
    /** The content status of an issued plan's DOCX; the checker then wants its number and date. */
    public static final String ISSUED = "Đã ban hành";
    public static final String DRAFT = "Dự thảo";

    public LaidOutDocument {
        blocks = List.copyOf(blocks);
    }

    public LaidOutDocument(String title, List<Block> blocks) {
        this(title, blocks, null);
    }
}
